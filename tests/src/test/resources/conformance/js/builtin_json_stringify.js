// JSON.stringify: types, indentation, replacers, toJSON, skipped values.
console.log(JSON.stringify({ a: 1, b: "two", c: [true, null], d: { e: 1.5 } }));
console.log(JSON.stringify([undefined, function () {}, Symbol("s"), NaN, Infinity, -0]));
console.log(JSON.stringify({ u: undefined, f() {}, s: Symbol("x"), [Symbol("k")]: 1, n: null }));
console.log(JSON.stringify("he said \"hi\"\n\t\u0001"), JSON.stringify("\u2028 é 😀"));
console.log(JSON.stringify(undefined), JSON.stringify(() => {}), JSON.stringify(null), JSON.stringify(42), JSON.stringify("s"));
console.log(JSON.stringify({ a: [1, { b: 2 }], c: {} , d: [] }, null, 2));
console.log(JSON.stringify([1, [2]], null, "--"));
console.log(JSON.stringify({ a: 1, b: 2, c: 3 }, ["a", "c"]));
console.log(JSON.stringify({ a: 1, b: "x", c: { d: 2 } }, (k, v) => (typeof v === "number" ? v * 10 : v)));
console.log(JSON.stringify({ date: { toJSON(key) { return "toJSON called with key " + key; } } }));
console.log(JSON.stringify(new Map([[1, 2]])), JSON.stringify(new Set([1])), JSON.stringify(new String("s")), JSON.stringify(Object(3)));
const cyclic = { name: "loop" };
cyclic.self = cyclic;
try { JSON.stringify(cyclic); } catch (e) { console.log(e.name + ": " + e.message.split("\n")[0]); }
console.log(JSON.stringify({ nested: { deeper: { x: [1, 2] } } }, null, 20).split("\n")[1].length);
