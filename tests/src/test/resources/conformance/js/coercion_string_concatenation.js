// String concatenation and ToString of various values.
const parts = [1, 1.5, -0, NaN, null, undefined, true, [], [1, [2, [3]]], {}, function f() { return 1; }, () => 2, Symbol.iterator.description];
for (const p of parts) console.log("[" + p + "]");
console.log("a" + 1 + 2, 1 + 2 + "a", "a" + (1 + 2), "" + 1e21 + 1e-7);
console.log([1, 2] + [3, 4], [,] + [,,], [null] + [undefined], String([[], [[]]]));
class C { toString() { return "C!"; } }
console.log("" + new C(), `${new C()}`, [new C(), new C()].join("&"), new C() + new C());
