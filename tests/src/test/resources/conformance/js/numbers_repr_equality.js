// Equality between ints and doubles computed different ways.
console.log('0.1*10 === 1', 0.1 * 10 === 1);
console.log('0.1*3 === 0.3', 0.1 * 3 === 0.3);
console.log('3/3 === 1', 3 / 3 === 1, Object.is(1, 3 / 3));
console.log('2**53', (2 ** 53) === 2 ** 53, 2 ** 53 === 2 ** 53 + 1, 9007199254740992 === 9007199254740993);
console.log('NaN', NaN === NaN, NaN == NaN, Object.is(NaN, 0 / 0), [NaN].includes(NaN), [NaN].indexOf(NaN));
console.log('"1" == 1', '1' == 1, '1.0' == 1, '1e0' == 1, ' 1 ' == 1, '0x1' == 1, '' == 0, '-0' == 0);
console.log('"1" === 1', '1' === 1);
console.log('1 == 1.0', 1 == 1.0, 1 === 1.0, 1.5 == '1.5', 2 == 4 / 2);
console.log('0 vs -0', 0 === -0, 0 == -0, Object.is(0, -0), Object.is(0 * -1, -0));
console.log('true == 1', true == 1, true == 1.0, true == 2 / 2, false == 0 * -1);
console.log('null == 0', null == 0, undefined == 0, null >= 0);
console.log('compare', 1 < 1.5, 2 > 1.999, 2 >= 2.0, 2147483648 > 2147483647, -2147483649 < -2147483648);
console.log('compare str', '10' < '9', 10 < '9', '10' < 9, 1 < '1.5');
function sw(x) {
  switch (x) {
    case 1: return 'one';
    case 2.5: return 'two and a half';
    case 2147483648: return 'big';
    case -0: return 'zero';
    default: return 'other';
  }
}
console.log('switch', sw(1), sw(1.0), sw(3 / 3), sw(0.5 * 2), sw(5 / 2), sw(2 ** 31), sw(0), sw(-0), sw('1'));
console.log('switch more', sw(0.1 * 10), sw(2147483647 + 1), sw(1e0), sw(10 / 10));
const arr = [1, 2, 3, 2147483648, -0, 1.5];
console.log('includes', arr.includes(2 / 2), arr.includes(1.0), arr.includes(0), arr.includes(2 ** 31), arr.includes(3 / 2));
console.log('indexOf', arr.indexOf(1.0), arr.indexOf(4 / 2), arr.indexOf(0), arr.indexOf(2147483647 + 1), arr.indexOf('1'));
console.log('lastIndexOf', [1, 1.0, 2 / 2, 1].lastIndexOf(1.0), [3, 1.5, 3.0].lastIndexOf(6 / 2), [0, -0].lastIndexOf(0));
const ints = [10, 20, 30];
console.log('find', ints.find(v => v === 40 / 2), ints.findIndex(v => v === 30.0), ints.some(v => v === 10 * 1.0));
const dbls = [0.5, 1.5, 2.5];
console.log('find dbl', dbls.indexOf(3 / 2), dbls.includes(1 + 0.5), dbls.indexOf(1));
const x = 7, y = 14 / 2, z = 3.5 * 2, w = parseInt('7'), v = Number('7.0'), u = '7' * 1;
console.log('seven', x === y, y === z, z === w, w === v, v === u, Object.is(x, u));
console.log('sum', 0.1 + 0.2 === 0.3, 0.5 + 0.5 === 1, 1e16 + 1 === 1e16);
console.log('large', 2147483647 + 1 === 2147483648, 4294967295 === (-1 >>> 0), 1e3 === 1000);
const a = 1, b = 1.0;
console.log('obj keys equal', ({ [a]: 'x' })[b], ({ [b]: 'y' })[a]);
console.log('Object.is', Object.is(5, 10 / 2), Object.is(5, 5.000000000000001), Object.is(-0, 0 / -1), Object.is(0, -0 + 0));
