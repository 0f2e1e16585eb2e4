// Uncaught: new Array(-1) throws a RangeError inside a loop.
const sizes = [3, 0, -1];
for (const n of sizes) {
    console.log("size", n, new Array(n).length);
}
