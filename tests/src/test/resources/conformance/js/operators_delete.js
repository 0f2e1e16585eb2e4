// delete: own properties only; returns true/false; strict-mode TypeError.
const proto = { inherited: 1 };
const o = Object.create(proto);
o.own = 2;
console.log(delete o.own, o.own);
console.log(delete o.inherited, o.inherited);
console.log(delete o.missing);
const arr = [1, 2, 3];
console.log(delete arr[1], arr, arr.length);
const fixed = {};
Object.defineProperty(fixed, "p", { value: 1, configurable: false });
console.log(delete fixed.p, fixed.p);
(function () {
    "use strict";
    try { delete fixed.p; } catch (e) { console.log(e.message); }
})();
console.log(delete Math.PI, Math.PI);
var v = 1;
console.log(delete 42, delete "x".length);
const s = Symbol("k");
const withSym = { [s]: 1, other: 2 };
delete withSym[s];
console.log(withSym);
