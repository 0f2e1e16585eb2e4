"use strict";
// Script-level strict mode: silent failures become TypeErrors / ReferenceErrors.
const tries = [
    ["undeclared assignment", () => { notDeclaredHere = 1; }],
    ["write non-writable", () => { const o = Object.defineProperty({}, "x", { value: 1 }); o.x = 2; }],
    ["write getter-only", () => { const o = { get x() { return 1; } }; o.x = 2; }],
    ["add to non-extensible", () => { const o = Object.preventExtensions({}); o.y = 1; }],
    ["delete non-configurable", () => { delete Object.prototype; }],
    ["assign to undefined", () => { undefined = 1; }],
    ["assign to NaN", () => { NaN = 1; }],
    ["property on primitive", () => { "str".prop = 1; }],
    ["arguments.callee", () => { (function () { return arguments.callee; })(); }],
];
for (const [label, f] of tries) {
    try { f(); console.log(label, "-> ok"); }
    catch (e) { console.log(label, "->", e.name + ": " + e.message); }
}
console.log((function () { return this; })(), typeof this);
