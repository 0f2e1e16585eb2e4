// push, pop, shift, unshift, length writes, holes.
const a = [];
console.log(a.push(1, 2), a.push(3), a);
console.log(a.pop(), a, [].pop());
console.log(a.unshift(0, 0.5), a);
console.log(a.shift(), a, [].shift());
a.length = 1;
console.log(a);
a.length = 3;
console.log(a, a[2], 2 in a);
a[5] = "five";
console.log(a.length, a);
const arrayLike = { length: 0 };
Array.prototype.push.call(arrayLike, "x", "y");
console.log(arrayLike);
try { a.length = -1; } catch (e) { console.log(e.name + ": " + e.message); }
const big = [];
big[4294967294] = "last index";
console.log(big.length);
big[4294967295] = "not an index";
console.log(big.length, Object.keys(big));
