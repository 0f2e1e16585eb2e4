// Spread in calls, array literals and object literals.
const nums = [3, 1, 4, 1, 5];
console.log(Math.max(...nums), Math.min(...nums, -1));
const more = [0, ...nums, 9];
console.log(more);
console.log([..."héllo"]);
console.log([...new Set([1, 2, 2, 3])]);
console.log([...new Map([["a", 1]])]);
const base = { a: 1, b: 2 };
const merged = { ...base, b: 3, c: 4 };
console.log(merged, base);
console.log({ ...null, ...undefined, ...123, ..."hi" });
console.log({ ...[10, 20] });
const withGetter = { get g() { return "computed"; } };
const copy = { ...withGetter };
console.log(Object.getOwnPropertyDescriptor(copy, "g"));
function three(a, b, c) { return [a, b, c]; }
console.log(three(...[1], ...[2, 3, 4]));
console.log([...[], ...[]].length);
const notIterable = {};
try { [...notIterable]; } catch (e) { console.log(e.message); }
