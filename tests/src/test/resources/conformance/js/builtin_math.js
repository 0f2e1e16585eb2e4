// Math functions and constants.
console.log(Math.PI, Math.E, Math.SQRT2, Math.LN2, Math.LN10, Math.LOG2E, Math.LOG10E, Math.SQRT1_2);
console.log(Math.abs(-3), Math.sign(-3), Math.sign(0), Math.sign(-0), Math.ceil(1.2), Math.floor(-1.2), Math.trunc(-1.7), Math.round(1.5));
console.log(Math.max(), Math.min(), Math.max(1, "5", 3), Math.max(1, NaN), Math.min(0, -0), Math.max(-0, 0));
console.log(Math.sqrt(16), Math.cbrt(27), Math.sqrt(-1), Math.pow(2, 8), Math.hypot(3, 4), Math.hypot());
console.log(Math.sin(0), Math.cos(0), Math.atan2(1, 1), Math.exp(1), Math.log(Math.E), Math.log2(8), Math.log10(1000), Math.expm1(0), Math.log1p(0));
console.log(Math.fround(5.5), Math.fround(5.05), Math.clz32(1), Math.imul(3, 4), Math.imul(0xffffffff, 5));
console.log(typeof Math, String(Math), Math.floor("7.9"), Math.abs(null), Math.abs(undefined), Math.abs([-2]));
const r = Math.random();
console.log(r >= 0 && r < 1);
