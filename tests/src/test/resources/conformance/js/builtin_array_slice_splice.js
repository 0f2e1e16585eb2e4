// slice (copy) vs splice (mutate), with negative and missing arguments.
const a = ["a", "b", "c", "d", "e"];
console.log(a.slice(1, 3), a.slice(-2), a.slice(2, -1), a.slice(), a.slice(10), a.slice(3, 1));
const b = [...a];
console.log(b.splice(1, 2), b);
const c = [...a];
console.log(c.splice(1, 0, "X", "Y"), c);
const d = [...a];
console.log(d.splice(-2), d);
const e = [...a];
console.log(e.splice(1, 1, "only"), e);
const f = [...a];
console.log(f.splice(), f.length, f.splice(undefined, 1), f);
const g = [1, 2, 3];
console.log(g.splice(0), g);
