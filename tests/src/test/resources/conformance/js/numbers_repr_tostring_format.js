// Number to string: ints and the same values computed as doubles must print alike.
const pairs = [[1, 2 / 2], [10, 100 / 10], [0, 0 * 1.5], [2147483647, 2147483646 + 1.0], [-7, -14 / 2]];
for (const [i, d] of pairs) {
  console.log('pair', String(i), String(d), i + '', d + '', `${i}|${d}`, i.toString(), d.toString());
}
console.log('-0', String(-0), -0 + '', `${-0}`, (-0).toString(), [-0].join(), JSON.stringify(-0));
console.log(-0);
console.log(0 * -1);
console.log([-0, 0, 1.0, 2 / 2, 1.5, -1]);
console.log({ a: 1, b: 1.5, c: -0, d: 2 / 2, e: 2 ** 31 });
console.log('JSON', JSON.stringify([1, 1.0, -0, 2 ** 31, 1e21, 1.5, 2 / 2, 0.1 + 0.2, NaN, Infinity]));
console.log('JSON obj', JSON.stringify({ x: 3 / 3, y: -0, z: 1e-7 }));
const p = JSON.parse('[1.0, 1, -0, 2e0, 1.5e1, 2147483648]');
console.log('parse', p, p.map(v => typeof v), Object.is(p[2], -0), p[0] === p[1]);
console.log('parse 1.0', JSON.parse('1.0'), typeof JSON.parse('1.0'), JSON.parse('1.0') === 1);
console.log('Number', Number('1.50'), Number('  42 '), Number('0x10'), Number('-0'), Object.is(Number('-0'), -0), Number('1e3'));
const pi = parseInt('42px');
console.log('parseInt arith', pi + 1, pi * 2, pi / 4, pi % 5, typeof pi, parseInt('-0'), Object.is(parseInt('-0'), -0));
console.log('parseFloat', parseFloat('3.0'), parseFloat('3.5abc'), parseFloat('-0'), Object.is(parseFloat('-0'), -0));
console.log('toFixed', (5).toFixed(2), (10 / 2).toFixed(2), (1.005).toFixed(2), (2147483648).toFixed(1), (-0).toFixed(1), (0.5).toFixed(0), (1.5).toFixed(0), (2.5).toFixed(0));
console.log('toString(2)', (5).toString(2), (10 / 2).toString(2), (-5).toString(2), (2 ** 31).toString(2), (0.5).toString(2), (-1 >>> 0).toString(2));
console.log('toString(16)', (255).toString(16), (510 / 2).toString(16), (2 ** 32).toString(16), (-255).toString(16), (0.75).toString(16));
console.log('toString(36)', (25).toString(36), (35).toString(36), (2147483647).toString(36), (1e10).toString(36));
console.log('toPrecision', (5).toPrecision(3), (10 / 2).toPrecision(3), (123456).toPrecision(2), (0.000123).toPrecision(2), (1).toPrecision(1));
console.log('toExponential', (5).toExponential(), (12345).toExponential(2), (10 / 4).toExponential(1), (0).toExponential());
console.log('big and small', 1e21, 1e20, 123456789012345680000, 1e-7, 1e-6, 2 ** 53, 2 ** 64, 1 / 3, 100 / 3);
console.log('strings', String(1e21), String(2 ** 31), String(-(2 ** 31)), String(4294967295), String(0.1 + 0.2));
console.log('concat', 'n=' + 1.0, 'n=' + 3 / 3, 'n=' + (2147483647 + 1), 'n=' + -0, 'n=' + (0 * -1));
console.log('join', [1, 2 / 2, 1.5, -0, 2 ** 31].join(' '));
console.log('array toString', String([1.0, 2.50, -0]), [3 / 3] + '');
const s = new Set([1, 1.5]);
const m = new Map([[1, 2.0], [1.5, -0]]);
console.log(s, m);
console.log('localeString-free', (1234.5).toString(), (1234).toString(), (-1234.0).toString());
console.log('Number()', Number(1), Number(1.0), Number(true), Number(null), Number([]), Number([5]), Number(['5.0']));
