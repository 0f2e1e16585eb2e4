// Destructuring assignment to existing variables and properties.
let a = 1, b = 2;
[a, b] = [b, a];
console.log(a, b);
let x, y, rest;
({ x, y = "dflt" } = { x: "X" });
console.log(x, y);
[x, ...rest] = "abc";
console.log(x, rest);
const target = {};
({ one: target.first, two: target["second"] } = { one: 1, two: 2 });
console.log(target);
const arr = [];
[arr[0], arr[2]] = ["zero", "two"];
console.log(arr);
let result = ([a, b] = [10, 20]);
console.log(result, a, b);
let n;
[n = 5] = [null];
console.log(n);
[n = 5] = [undefined];
console.log(n);
({ a, ...rest } = { a: "A", b: "B", c: "C" });
console.log(a, rest);
try { ({ z } = null); } catch (e) { console.log(e.constructor.name); }
try { [x] = {}; } catch (e) { console.log(e.message); }
var z;
