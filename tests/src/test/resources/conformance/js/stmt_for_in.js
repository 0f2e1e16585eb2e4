// for-in: own and inherited enumerable string keys, in property order.
const proto = { inherited: 1 };
const o = Object.create(proto);
o.b = 1; o[2] = "two"; o.a = 2; o[1] = "one"; o[Symbol("s")] = "sym";
Object.defineProperty(o, "hidden", { value: 1, enumerable: false });
for (const k in o) console.log(k, typeof k);
for (const i in ["p", "q"]) console.log("index", i, typeof i);
for (const c in "hi") console.log("char index", c);
for (const k in null) console.log("never");
for (const k in undefined) console.log("never");
const shadow = Object.create({ x: "proto" });
Object.defineProperty(shadow, "x", { value: "own", enumerable: false });
for (const k in shadow) console.log("shadowed?", k);
const mutating = { a: 1, b: 2, c: 3 };
for (const k in mutating) { console.log("visit", k); delete mutating.b; }
let last;
for (last in { one: 1, two: 2 });
console.log(last);
