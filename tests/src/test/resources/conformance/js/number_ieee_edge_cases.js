// IEEE-754 behaviour: precision, overflow, signed zero, integer limits.
console.log(0.1 + 0.2 === 0.3, Math.abs(0.1 + 0.2 - 0.3) < Number.EPSILON);
console.log(9007199254740992 + 1, 9007199254740992 + 2, 2 ** 1023 * 2, -(2 ** 1023) * 2, 2 ** -1074, 2 ** -1075);
console.log(1 / 0, -1 / 0, 0 * Infinity, Infinity - Infinity, Infinity / Infinity, -0 + 0, -0 - 0, 0 * -1);
console.log(Math.round(-0.5), Math.round(2.5), Math.round(-2.5), Math.round(0.49999999999999994));
console.log((0.1).toFixed(20), 1.1 * 3, 3 * 1.1 === 3.3, 100 * 1.1);
console.log(2 ** 31 | 0, 2 ** 32 | 0, (2 ** 32 + 5) | 0, -1 >>> 0, 1.9 | 0, -1.9 | 0, NaN | 0, Infinity | 0);
console.log(5 / 2, Math.trunc(-5 / 2), Math.floor(-5 / 2), 7 % 0, 0 % 7, -0 % 7);
