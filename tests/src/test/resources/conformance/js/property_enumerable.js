// Enumerability controls keys, for-in, JSON, spread, Object.assign and console.log.
const o = { visible: 1 };
Object.defineProperty(o, "hidden", { value: 2, enumerable: false, writable: true, configurable: true });
console.log(Object.keys(o), Object.getOwnPropertyNames(o));
for (const k in o) console.log("for-in", k);
console.log(JSON.stringify(o), { ...o }, Object.assign({}, o));
console.log(o, o.hidden);
console.log(o.propertyIsEnumerable("visible"), o.propertyIsEnumerable("hidden"), o.propertyIsEnumerable("toString"));
console.log([].propertyIsEnumerable("length"), [1].propertyIsEnumerable(0));
console.log(Object.keys([4, 5]), Object.getOwnPropertyNames([4, 5]));
console.log(Object.keys("ab"), Object.getOwnPropertyNames("ab"));
class C { m() {} }
console.log(Object.keys(C.prototype), Object.getOwnPropertyNames(C.prototype));
