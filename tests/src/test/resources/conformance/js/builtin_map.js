// Map: insertion order, key equality (SameValueZero), iteration, size.
const m = new Map();
m.set("a", 1).set(1, "number one").set("1", "string one");
const objKey = {};
m.set(objKey, "object key");
m.set(NaN, "nan");
m.set(-0, "zero");
console.log(m.size, m.get("a"), m.get(1), m.get("1"), m.get(objKey), m.get({}), m.get(NaN), m.get(0), m.get(+0));
console.log(m.has("a"), m.has("b"), m.delete("a"), m.delete("a"), m.size);
console.log([...m.keys()], [...m.values()].length);
m.set(1, "replaced");
console.log([...m.entries()][0]);
m.forEach((v, k, map) => { if (typeof k === "number") console.log("forEach", k, v, map === m); });
console.log(m);
const fromEntries = new Map(Object.entries({ x: 1, y: 2 }));
console.log(fromEntries, new Map(), new Map([[[1], { a: 1 }]]));
m.clear();
console.log(m.size, m);
try { new Map([1, 2]); } catch (e) { console.log(e.message); }
try { Map(); } catch (e) { console.log(e.message); }
console.log(Object.prototype.toString.call(m), typeof m.get, m.get("missing"));
