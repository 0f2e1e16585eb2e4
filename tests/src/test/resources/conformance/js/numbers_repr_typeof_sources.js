// typeof and integer-ness of numbers from every source.
const str = 'hello';
const arr = [1, 2, 3];
const sources = {
  literal: 5,
  literalDouble: 5.0,
  literalFrac: 5.5,
  add: 2 + 3,
  sub: 10 - 5,
  mul: 2.5 * 2,
  div: 10 / 2,
  mod: 17 % 6,
  bitor: 5 | 0,
  shr: 20 >> 2,
  ushr: -1 >>> 28,
  not: ~~5.7,
  pow: 5 ** 1,
  floor: Math.floor(5.9),
  round: Math.round(4.5),
  trunc: Math.trunc(5.99),
  ceil: Math.ceil(4.01),
  max: Math.max(1, 5, 3),
  min: Math.min(5, 7.5),
  parseInt: parseInt('5'),
  parseFloat: parseFloat('5.0'),
  Number: Number('5'),
  unaryPlus: +'5',
  arrayLength: [1, 2, 3, 4, 5].length,
  stringLength: 'abcde'.length,
  charCodeAt: 'A'.charCodeAt(0) - 60,
  codePointAt: 'E'.codePointAt(0) - 64,
  indexOf: 'xxxxxa'.indexOf('a'),
  search: arr.indexOf(3) + 3,
  push: [1, 2, 3, 4].push(5),
  sign: Math.sign(-3) + 6,
  abs: Math.abs(-5),
  sqrt: Math.sqrt(25),
  hypot: Math.hypot(3, 4),
  fround: Math.fround(5),
  reduce: arr.reduce((x, y) => x + y, -1),
  argsLength: (function () { return arguments.length; })(1, 2, 3, 4, 5),
  fnLength: ((a, b, c, d, e) => 0).length,
};
for (const [k, v] of Object.entries(sources)) {
  console.log(k, typeof v, v, v === 5, Number.isInteger(v), Number.isSafeInteger(v), Object.is(v, 5));
}
let inc = 4; inc++;
let dec = 6; dec--;
console.log('inc/dec', typeof inc, inc === 5, typeof dec, dec === 5, inc === dec);
console.log('str/arr', str.length === arr.length + 2, typeof str.length);
const near = [2 ** 53 - 1, 2 ** 53, 2 ** 53 + 2, -(2 ** 53 - 1), -(2 ** 53), 2 ** 31, 2 ** 31 - 1, -(2 ** 31), -(2 ** 31) - 1, 5.0000000000000001, 5.000000000000001, -0, 0.5, 1e300, Infinity, NaN];
for (const v of near) console.log('near', v, Number.isInteger(v), Number.isSafeInteger(v));
console.log('isInteger computed', Number.isInteger(10 / 2), Number.isInteger(10 / 4), Number.isInteger(0.1 * 10), Number.isInteger(0.1 * 3 * 10));
console.log('isSafe computed', Number.isSafeInteger(Number.MAX_SAFE_INTEGER + 1), Number.isSafeInteger(Number.MAX_SAFE_INTEGER * 1.0), Number.isSafeInteger(2147483647 * 2));
console.log('isInteger non-number', Number.isInteger('5'), Number.isInteger(null), Number.isInteger(true));
