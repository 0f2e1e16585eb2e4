// Stores into existing array elements, the fast path of a[i] = v, and every case that must leave it.
function fill(a, n) { for (let i = 0; i < n; i++) { a[i & 3] = i; } return a; }
console.log(fill([0, 0, 0, 0], 1000));
console.log(fill(['a', 'b', 'c', 'd'], 6), fill([1.5, 2.5, 3.5, 4.5], 3));

// strings split into an array, then overwritten with numbers and objects
const words = 'x y z w'.split(' ');
for (let i = 0; i < 4; i++) { words[i] = i % 2 ? { n: i } : i * 1.5; }
console.log(words);

// frozen and sealed arrays: writes fail silently (sloppy) or throw (strict)
const frozen = Object.freeze([1, 2, 3]);
for (let i = 0; i < 3; i++) { frozen[i] = 9; }
console.log(frozen);
try { (function () { 'use strict'; frozen[0] = 5; })(); } catch (e) { console.log(e.constructor.name, e.message); }
const sealed = Object.seal([1, 2, 3]);
for (let i = 0; i < 3; i++) { sealed[i] = i * 10; }
console.log(sealed);

// a read-only element and an accessor element among plain ones
const mixed = [1, 2, 3, 4];
Object.defineProperty(mixed, 1, { value: 20, writable: false });
let log = [];
Object.defineProperty(mixed, 2, { get() { return 'got'; }, set(v) { log.push(v); }, configurable: true });
for (let i = 0; i < 4; i++) { mixed[i] = i + 100; }
console.log(mixed, log);

// an array used as a prototype: objects inheriting from it see the new elements
const proto = [10, 20, 30];
const child = Object.create(proto);
function readChild() { let s = 0; for (let k = 0; k < 3; k++) { s += child[k]; } return s; }
console.log(readChild());
for (let i = 0; i < 3; i++) { proto[i] = proto[i] + 1; }
console.log(readChild(), child[2]);

// holes are not existing elements: writing one adds it (and respects non-extensibility)
const holes = [1, , 3];
holes[1] = 2;
console.log(holes, 1 in holes);
const fixed = Object.preventExtensions([1, , 3]);
fixed[1] = 2;
fixed[0] = 7;
console.log(fixed, 1 in fixed);

// after length shrinks, old indices are gone; writing past the end grows the array
const shrink = [1, 2, 3, 4];
shrink.length = 2;
shrink[3] = 'four';
console.log(shrink, shrink.length);
