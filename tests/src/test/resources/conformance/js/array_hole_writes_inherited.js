// Writing a hole (or past the end) of an array is [[Set]]: an index on a prototype counts.
let log = ''; // a string: pushing onto an array would meet the setter itself
Object.defineProperty(Array.prototype, 1, {
    get() { return 'P'; }, set(v) { log += 'set ' + v + ';'; }, configurable: true,
});
const a = [0, , 2];
a[1] = 'W';
console.log(a[1], a.hasOwnProperty(1), log);
// (JSON, not console.log, shows the arrays: Node's inspector itself writes arrays and would meet the setter)
function fillHoles(arr) { for (let i = 0; i < 3; i++) { arr[i] = 'v' + i; } return arr; }
console.log(JSON.stringify(fillHoles([, , ,])), log);
const b = [];
b.push('zero');
b.push('one');
console.log(b.length, b.hasOwnProperty(1), b[1], log);
delete Array.prototype[1];
console.log(JSON.stringify(fillHoles([, , ,])), [].concat(['x']).push('y'));

// a custom prototype with a read-only index: sloppy writes are ignored, strict ones throw
const proto = Object.freeze({ 2: 'fixed' });
const c = [1, 2];
Object.setPrototypeOf(c, proto);
c[2] = 'new';
console.log(c.length, c[2], c.hasOwnProperty(2));
try { (function () { 'use strict'; c[2] = 'strict'; })(); } catch (e) { console.log(e.constructor.name, e.message); }

// a setter on an array used as a prototype
const base = [];
Object.defineProperty(base, 0, { set(v) { log += 'base ' + v + ';'; }, configurable: true });
const d = [];
Object.setPrototypeOf(d, base);
for (let i = 0; i < 2; i++) { d[i] = i * 10; }
console.log(d.length, d.hasOwnProperty(0), d[1], log);
