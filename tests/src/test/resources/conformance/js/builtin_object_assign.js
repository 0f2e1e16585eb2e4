// Object.assign copies own enumerable properties, invoking getters and setters.
const target = { a: 1 };
const result = Object.assign(target, { b: 2 }, null, undefined, { a: 3, c: 4 });
console.log(result === target, target);
console.log(Object.assign({}, "abc"), Object.assign({}, [5, 6]), Object.assign({}, 1, true));
const src = { get computed() { console.log("getter invoked"); return "value"; } };
const copy = Object.assign({}, src);
console.log(Object.getOwnPropertyDescriptor(copy, "computed").value);
const withSetter = { set x(v) { console.log("setter invoked with", v); } };
Object.assign(withSetter, { x: 10 });
const sym = Symbol("s");
console.log(Object.assign({}, { [sym]: "symbol copied" })[sym]);
const frozen = Object.freeze({ a: 1 });
try { Object.assign(frozen, { a: 2 }); } catch (e) { console.log(e.message); }
const nested = { inner: { deep: 1 } };
const shallow = Object.assign({}, nested);
shallow.inner.deep = 2;
console.log(nested.inner.deep);
