// Set: uniqueness, order, operations by hand.
const s = new Set([3, 1, 3, "3", NaN, NaN, 0, -0]);
console.log(s, s.size);
console.log(s.has(3), s.has("3"), s.has(NaN), s.has(-0), s.add(4) === s, s.delete(1), s.delete(1));
console.log([...s], [...s.keys()].length, [...s.entries()][0]);
s.forEach((v, v2, set) => { if (v === 4) console.log("forEach", v, v2, set === s); });
const a = new Set([1, 2, 3]), b = new Set([2, 3, 4]);
console.log(new Set([...a].filter((x) => b.has(x))), new Set([...a, ...b]), [...a].filter((x) => !b.has(x)));
const objs = new Set([{}, {}]);
console.log(objs.size, objs);
const letters = new Set("mississippi");
console.log(letters, [...letters].join(""));
s.clear();
console.log(s, new Set());
