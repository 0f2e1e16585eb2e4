// Property keys: numbers become canonical strings, so 1, 1.0, 0.5*2 and '1' are one key.
const o = {};
o[1] = 'int';
console.log('o[1.0]', o[1.0], 'o["1"]', o['1'], 'o[0.5*2]', o[0.5 * 2], 'o[2/2]', o[2 / 2]);
o[1.0] = 'double';
o[1.5] = 'one and a half';
o[3 / 2 + 0] = 'again 1.5';
o[-0] = 'minus zero';
o[2147483648] = 'big';
o[1e21] = 'huge';
o[-1] = 'neg';
o['01'] = 'leading zero';
console.log('keys', Object.keys(o));
console.log('o[0]', o[0], 'o["0"]', o['0'], 'o["-0"]', o['-0']);
console.log('o[2**31]', o[2 ** 31], o['2147483648'], 'o["1e+21"]', o['1e+21']);
console.log('o[1]', o[1], 'o[01]', o[1], 'o["01"]', o['01']);
const keysOrder = {};
keysOrder.b = 1; keysOrder[10 / 2] = 'five'; keysOrder[2.0] = 'two'; keysOrder.a = 2;
keysOrder[0.5] = 'half'; keysOrder[4294967294] = 'maxidx'; keysOrder[4294967295] = 'notidx';
keysOrder[-5] = 'neg'; keysOrder[1] = 'one';
console.log('order', Object.keys(keysOrder));
const forin = [];
for (const k in keysOrder) forin.push(k + ':' + typeof k);
console.log('for-in', forin.join(' '));
const a = [10, 20, 30, 40];
console.log('a[4/2]', a[4 / 2], 'a[1.0]', a[1.0], 'a["1"]', a['1'], 'a[1.5]', a[1.5], 'a["01"]', a['01']);
console.log('a[-0]', a[-0], 'a[0*-1]', a[0 * -1]);
a[1.5] = 'x';
console.log('after a[1.5]', a.length, Object.keys(a));
a[2 ** 32 - 1] = 'notindex';
console.log('after 2**32-1', a.length, Object.keys(a).length);
a[2 ** 32 - 2] = 'lastindex';
console.log('after 2**32-2', a.length, a[4294967294]);
const b = [];
b[6 / 2] = 'three';
console.log('b', b.length, b[3], 3 in b, '3' in b, 3.0 in b);
b.length = 3.0;
console.log('length=3.0', b.length, b);
b.length = 5 / 1;
console.log('length=5/1', b.length);
try { b.length = 2.5; } catch (e) { console.log('length=2.5', e.constructor.name, e.message); }
try { b.length = -1; } catch (e) { console.log('length=-1', e.constructor.name, e.message); }
try { new Array(2 ** 32); } catch (e) { console.log('new Array(2**32)', e.constructor.name, e.message); }
try { new Array(1.5); } catch (e) { console.log('new Array(1.5)', e.constructor.name, e.message); }
console.log('new Array(3)', new Array(3).length, new Array(3.0).length, new Array(6 / 2).length, new Array('3').length);
console.log('new Array(2**32-1)', new Array(2 ** 32 - 1).length);
const c = [];
for (let i = 0; i < 3; i += 0.5) c[i] = i;
console.log('c', c.length, Object.keys(c));
const d = {};
for (let i = 0; i < 4; i++) d[i / 2] = i;
console.log('d', JSON.stringify(d), Object.keys(d));
console.log('in', 1 in [5, 6], 1.0 in [5, 6], (2 / 2) in [5, 6], '1.0' in [5, 6], 2 in [5, 6]);
console.log('hasOwn', Object.prototype.hasOwnProperty.call([5, 6], 0.5 * 2), ({ 1: 1 }).hasOwnProperty(1.0));
const s = 'hello';
console.log('str idx', s[4 / 2], s[1.0], s[1.5], s['01'], s[-0]);
