// freeze, seal, preventExtensions and their predicates.
const f = Object.freeze({ a: 1, nested: { b: 2 } });
f.a = 100; f.c = 3; delete f.a; f.nested.b = 20;
console.log(f, Object.isFrozen(f), Object.isSealed(f), Object.isExtensible(f));
const s = Object.seal({ a: 1 });
s.a = 2; s.b = 3; delete s.a;
console.log(s, Object.isSealed(s), Object.isFrozen(s), Object.getOwnPropertyDescriptor(s, "a"));
const p = Object.preventExtensions({ a: 1 });
p.b = 2; delete p.a;
console.log(p, Object.isExtensible(p), Object.isSealed(p), Object.isFrozen(p));
(function () {
    "use strict";
    for (const [label, action] of [["write", () => { f.a = 1; }], ["add", () => { f.z = 1; }], ["delete", () => { delete f.a; }], ["add to sealed", () => { s.q = 1; }]]) {
        try { action(); } catch (e) { console.log(label + ": " + e.message); }
    }
})();
console.log(Object.isFrozen(1), Object.isFrozen({}), Object.isFrozen(Object.preventExtensions({})));
const arr = Object.freeze([1, 2]);
try { arr.push(3); } catch (e) { console.log(e.message); }
console.log(Object.freeze(5), Object.isFrozen("str"));
