// map, filter, reduce, reduceRight, forEach, with index/array arguments and holes.
const nums = [1, 2, 3, 4];
console.log(nums.map((x) => x * 2), nums.filter((x) => x % 2 === 0));
console.log(nums.reduce((acc, x) => acc + x), nums.reduce((acc, x) => acc + x, 10));
console.log(nums.reduceRight((acc, x) => acc + x, ""), ["a", "b"].reduce((acc, x, i, arr) => acc + x + i + arr.length, ">"));
nums.forEach((x, i, arr) => { if (i === 0) console.log("forEach", x, i, arr === nums); });
console.log(nums.forEach(() => 1));
try { [].reduce((a, b) => a + b); } catch (e) { console.log(e.name + ": " + e.message); }
console.log([1, , 3].map((x) => x * 10), [1, , 3].filter(() => true));
let visits = 0;
[1, , 3].forEach(() => visits++);
console.log(visits);
console.log(["1", "2", "3"].map(parseInt), ["1", "2", "3"].map(Number));
const ctx = { factor: 3 };
console.log([1, 2].map(function (x) { return x * this.factor; }, ctx));
try { [1].map(5); } catch (e) { console.log(e.message); }
