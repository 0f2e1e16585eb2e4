// Elements far past the dense part live apart; growing the dense part must keep them.
const a = [];
a[1048581] = 'far';
a[0] = 0;
a[1048582] = 1;
console.log(a[1048581], 1048581 in a, Object.keys(a).length, a.length);
const b = [];
b[5000000] = 'x';
for (let i = 0; i < 20; i++) { b[i] = i; }
b[3000000] = 'y';
b[2999999] = 'z';
console.log(b[5000000], b[3000000], b[2999999], Object.keys(b).length, b.length);
b.length = 3000000;
console.log(b[5000000], b[2999999], Object.keys(b).length);

// push cannot take the length past 2^32 - 1
const c = [];
c.length = 4294967295;
try { c.push(1); } catch (e) { console.log(e.name, e.message); }
console.log(c.length, c[4294967295]);
const d = [1, 2];
d.length = 4294967294;
console.log(d.push('last'), d.length, d[4294967294]);
try { d.push('more', 'still'); } catch (e) { console.log(e.name, e.message); }
console.log(d.length);
