// Constructor-related TypeErrors, caught and printed.
class A {}
const attempts = [
    ["class without new", () => A()],
    ["class via call", () => A.call({})],
    ["Map without new", () => Map()],
    ["Set without new", () => Set([1])],
    ["WeakMap without new", () => WeakMap()],
    ["new Symbol", () => new Symbol("s")],
    ["new arrow", () => { const arrow = () => {}; return new arrow(); }],
    ["new method", () => { const o = { m() {} }; return new o.m(); }],
    ["new Math.max", () => new Math.max()],
    ["new bound arrow", () => { const b = (() => {}).bind(null); return new b(); }],
    ["new undefined var", () => { let Missing; return new Missing(); }],
    ["extends non-constructor", () => { const notCtor = () => {}; return class extends notCtor {}; }],
];
for (const [label, f] of attempts) {
    try {
        f();
        console.log(label, "-> no error");
    } catch (e) {
        console.log(label, "->", e.name + ": " + e.message);
    }
}
console.log(Object(), Array(2), String(5), Number("7"), Boolean(""), Error("no new").message);
