// Destructuring in parameters.
function point({ x = 0, y = 0 } = {}) {
    return `(${x}, ${y})`;
}
console.log(point({ x: 1, y: 2 }), point({ y: 5 }), point());
function first([head, ...tail]) {
    return [head, tail];
}
console.log(first([1, 2, 3]), first("abc"));
const pairs = [["a", 1], ["b", 2]];
console.log(pairs.map(([k, v]) => k + "=" + v));
const entries = Object.entries({ one: 1, two: 2 });
for (const [k, v] of entries) console.log(k, v);
function opts({ name, tags: [firstTag = "none"] = [] }) {
    return name + ":" + firstTag;
}
console.log(opts({ name: "n" }), opts({ name: "m", tags: ["t1", "t2"] }));
const swap = ([a, b]) => [b, a];
console.log(swap([1, 2]));
try { point(null); } catch (e) { console.log(e.message); }
console.log(point.length);
