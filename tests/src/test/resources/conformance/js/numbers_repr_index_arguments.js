// Built-ins that take indexes or counts: doubles, -0, huge and negative values convert via ToIntegerOrInfinity.
const a = [10, 20, 30, 40, 50];
console.log('slice', a.slice(1.5), a.slice(4 / 2, 7 / 2), a.slice(-0), a.slice(-1.5), a.slice(2 ** 31), a.slice(-(2 ** 31)));
console.log('at', a.at(1.9), a.at(-1), a.at(-1.5), a.at(2 / 2), a.at(-0), a.at(2 ** 31));
console.log('splice', [1, 2, 3, 4].splice(1.7, 1.9), [1, 2, 3, 4].splice(-2.5, 2 ** 31), [1, 2, 3].splice(3 / 3, 2 / 2, 9.5));
console.log('indexOf from', a.indexOf(30, 1.5), a.indexOf(30, 2.9), a.indexOf(30, -3.5), a.lastIndexOf(30, 2.1), a.includes(10, -0), a.includes(10, 0.5));
console.log('fill', new Array(5).fill(0).fill(7, 1.5, 3.5), [0, 0, 0].fill(2.5, -2));
console.log('copyWithin', [1, 2, 3, 4, 5].copyWithin(0.9, 3.2), [1, 2, 3, 4, 5].copyWithin(-2, 0, 1.5));
console.log('flat depth', [1, [2, [3, [4]]]].flat(1.9), [1, [2, [3, [4]]]].flat(Infinity), [1, [2]].flat(-0));
console.log('Array.from length', Array.from({ length: 2.7 }), Array.from({ length: '3' }, (_, i) => i * 1.5));
console.log('array-like length', Array.prototype.join.call({ length: 2.5, 0: 'a', 1: 'b', 2: 'c' }, '-'), Array.prototype.slice.call({ length: -1, 0: 'x' }));
const s = 'abcdef';
console.log('charAt', s.charAt(1.9), s.charAt(-0), s.charAt(6 / 3), s.charAt(2 ** 31), s.charAt(NaN));
console.log('charCodeAt', s.charCodeAt(1.5), s.charCodeAt(2 / 2), s.charCodeAt(10), s.charCodeAt(-0.5));
console.log('substring', s.substring(1.5, 3.5), s.substring(4, 1.0), s.substring(-0, 2 ** 31), s.substring(NaN, 2));
console.log('slice str', s.slice(-2.5), s.slice(1.2, -1.2), s.slice(2 / 2, 6 / 2));
console.log('substr', s.substr(1.9, 2.9), s.substr(-3, 2 / 2));
console.log('repeat', 'ab'.repeat(2.9), 'x'.repeat(6 / 2), 'y'.repeat(0), 'z'.repeat(-0));
try { 'a'.repeat(-1); } catch (e) { console.log('repeat -1', e.constructor.name, e.message); }
try { 'a'.repeat(Infinity); } catch (e) { console.log('repeat Inf', e.constructor.name, e.message); }
console.log('padStart', '5'.padStart(3.9, '0'), '5'.padEnd(6 / 2, '*'), 'x'.padStart(-1));
console.log('indexOf str', s.indexOf('c', 1.5), s.indexOf('c', 2.9), s.lastIndexOf('c', 2.1), s.startsWith('b', 0.9), s.endsWith('c', 3.1), s.includes('a', -0));
console.log('at str', s.at(-1.5), s.at(2 / 2), s.codePointAt(2.2));
console.log('String.fromCharCode', String.fromCharCode(65.9, 66, 2 ** 16 + 67, -65536 + 68), String.fromCharCode(97 * 1.0));
console.log('toFixed digits', (1.23456).toFixed(2.9), (1.5).toFixed(4 / 2));
console.log('toString radix double', (255).toString(16.9), (255).toString(32 / 2));
try { (5).toString(1.5); } catch (e) { console.log('radix 1.5', e.constructor.name, e.message); }
try { (5).toFixed(101); } catch (e) { console.log('toFixed 101', e.constructor.name, e.message); }
console.log('split limit', 'a,b,c,d'.split(',', 2.9), 'a,b,c'.split(',', -1), 'a,b,c'.split(',', 2 ** 32 + 1));
const arr = [5, 1, 4];
arr.length = 2147483647 * 0;
console.log('length=0 computed', arr.length, arr);
const arr2 = [1, 2, 3, 4, 5];
arr2.length = 6 / 2;
console.log('length=6/2', arr2);
const big = [];
big[2147483647] = 'x';
console.log('big index', big.length, big[2 ** 31 - 1], Object.keys(big));
big[2147483648] = 'y';
console.log('bigger index', big.length, big[2 ** 31], Object.keys(big));
