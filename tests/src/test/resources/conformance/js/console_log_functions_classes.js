// Functions and classes: [Function: name], [Function (anonymous)], [class A], [class B extends A].
function f() {}
const g = function () {};
const h = () => {};
class A {}
class B extends A {}
console.log(f, g, h, A, B);
console.log(function () {}, () => {}, class {}, class extends A {});
console.log([f, A], { f, A });
const bound = f.bind(null);
console.log(bound, Math.max, console.log, Object, Array.prototype.push);
f.prop = 1;
console.log(f);
class WithStatic { static s = 1; static m() {} }
console.log(WithStatic);
console.log(Object.defineProperty(function () {}, "name", { value: "" }));
const o = { method() {}, get x() { return 1; } };
console.log(o.method, Object.getOwnPropertyDescriptor(o, "x").get);
console.log(Symbol, Proxy, Map);
