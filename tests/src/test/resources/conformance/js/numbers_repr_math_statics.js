// Number statics and Math functions on int and double inputs.
console.log('MAX_SAFE+2', Number.MAX_SAFE_INTEGER + 2, Number.MAX_SAFE_INTEGER + 1 === Number.MAX_SAFE_INTEGER + 2);
console.log('MIN_SAFE', Number.MIN_SAFE_INTEGER, Number.MIN_SAFE_INTEGER - 1);
console.log('EPSILON', Number.EPSILON, 1 + Number.EPSILON > 1, 1 + Number.EPSILON / 2 === 1, 0.1 + 0.2 - 0.3 < Number.EPSILON);
console.log('MAX/MIN_VALUE', Number.MAX_VALUE, Number.MIN_VALUE, Number.MAX_VALUE * 2, Number.MIN_VALUE / 2);
console.log('isInteger', Number.isInteger(5.0), Number.isInteger(5.5), Number.isInteger(-0), Number.isInteger(2 ** 60), Number.isInteger(Infinity));
console.log('toString(36)', (25).toString(36), (36).toString(36), (-36).toString(36), (0.5).toString(36));
console.log('Math.sign', Math.sign(-0), Object.is(Math.sign(-0), -0), Math.sign(0), Math.sign(-5), Math.sign(5.5), Math.sign(NaN), Math.sign(-2147483648));
const rounds = [-0.5, 0.5, 1.5, 2.5, -1.5, -2.5, -0.4, 0.49999999999999994, 2147483647.5, -2147483648.5, 4294967296.5, -0, 1e21 + 0.5];
for (const r of rounds) {
  const vals = [Math.round(r), Math.floor(r), Math.ceil(r), Math.trunc(r)];
  console.log('round/floor/ceil/trunc', r, vals.join(' '), vals.map(x => Object.is(x, -0)).join(' '));
}
console.log('floor -0.5', Object.is(Math.floor(-0.5), -1), 'ceil -0.5', Object.is(Math.ceil(-0.5), -0), 'trunc -0.5', Object.is(Math.trunc(-0.5), -0));
console.log('abs', Math.abs(-0), Object.is(Math.abs(-0), 0), Math.abs(-2147483648), Math.abs(-2147483647), Math.abs(-1.5), Math.abs('-3'));
console.log('sqrt/cbrt', Math.sqrt(16), Math.sqrt(2), Math.sqrt(-0), Object.is(Math.sqrt(-0), -0), Math.cbrt(27), Math.cbrt(-8));
console.log('pow', Math.pow(2, 10), Math.pow(2, 31), Math.pow(-2, 31), Math.pow(2, 0.5), Math.pow(-8, 1 / 3), Math.pow(0, -1), Math.pow(-0, -1), Math.pow(NaN, 0));
console.log('min/max -0', Object.is(Math.min(0, -0), -0), Object.is(Math.max(0, -0), 0), Object.is(Math.max(-0, -0), -0));
console.log('min/max mix', Math.min(1, 1.0, 2 / 2), Math.max(2147483647, 2147483648), Math.min(-2147483648, -2147483649), Math.max('5', 3));
console.log('log/exp', Math.log(1), Math.log(Math.E), Math.exp(0), Math.log2(8), Math.log10(1000), Math.log2(2 ** 31), Math.expm1(0), Math.log1p(0));
console.log('trig exact', Math.sin(0), Math.cos(0), Math.atan2(0, -0), Math.atan2(-0, 0), Object.is(Math.atan2(-0, 0), -0), Math.sin(-0));
console.log('hypot', Math.hypot(3, 4), Math.hypot(5, 12), Math.hypot(), Math.hypot(-0), Math.hypot(1, 1));
console.log('fround', Math.fround(5.5), Math.fround(5.05), Math.fround(2 ** 31), Math.fround(16777217));
console.log('imul', Math.imul(3, 4), Math.imul(-5, 12), Math.imul(0xffffffff, 5), Math.imul(65536, 65536), Math.imul(2.5, 2));
console.log('Number.parseFloat', Number.parseFloat('2.50'), Number.parseInt('08'), Number.parseFloat === parseFloat);
console.log('toFixed edges', (0).toFixed(2), (-1.5).toFixed(0), (-0.5).toFixed(0), (1e21).toFixed(2), (123.456).toFixed(10), (2147483647).toFixed(0));
console.log('valueOf', (5).valueOf(), new Number(5.0).valueOf() === 5, typeof new Number(5), new Number(2 / 2) == 1);
console.log('Number.prototype.toString radix on computed', (6 / 2).toString(2), (2 ** 31 - 1).toString(16), (-(2 ** 31)).toString(16));
console.log('sum of Math.floor', [1.5, 2.5, 3.5].map(Math.floor).reduce((a, b) => a + b), Math.floor(2147483647.9) + 1);
console.log('random range', (() => { for (let i = 0; i < 100; i++) { const r = Math.floor(Math.random() * 10); if (!(r >= 0 && r < 10 && Number.isInteger(r))) return false; } return true; })());
