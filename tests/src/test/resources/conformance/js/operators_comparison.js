// Relational comparisons: numeric vs string comparison, NaN, mixed types.
console.log(2 < 10, "2" < "10", "2" < 10, "a" < "b", "B" < "a", "abc" < "abd", "ab" < "abc");
console.log(NaN < 1, NaN >= 1, NaN == NaN, NaN != NaN, undefined < 1, null < 1, null >= 0, null == 0);
console.log([2] > 1, [1, 2] > 1, "10" > "9", 10 > "9", true > false);
const obj = { valueOf() { return 5; } };
console.log(obj > 4, obj < "6", obj >= 5);
console.log(Infinity > Number.MAX_VALUE, -Infinity < -Number.MAX_VALUE);
console.log("\u00e9" > "z", "Z" < "a");
