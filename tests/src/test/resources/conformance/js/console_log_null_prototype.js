// Objects without a prototype print as [Object: null prototype].
console.log(Object.create(null));
const n = Object.create(null);
n.a = 1;
n.b = { c: 2 };
console.log(n);
console.log([Object.create(null)]);
console.log({ __proto__: null, x: "literal" });
console.log(Object.assign(Object.create(null), { k: "v" }));
