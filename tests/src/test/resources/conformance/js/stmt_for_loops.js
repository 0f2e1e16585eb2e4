// Classic for loops: empty parts, break, continue, multiple vars.
for (let i = 0; i < 3; i++) console.log("i", i);
let k = 0;
for (;;) {
    if (++k > 4) break;
    if (k % 2) continue;
    console.log("k", k);
}
for (var a = 0, b = 5; a < b; a++, b--) console.log(a, b);
let out = "";
for (let i = 10; i > 0; i -= 3) out += i + ",";
console.log(out);
const arr = ["x", "y", "z"];
for (let i = arr.length - 1; i >= 0; i--) console.log(arr[i]);
for (let i = 0; i < 0; i++) console.log("never");
