function level3(n) {
    if (n > 2) throw new RangeError("n too large: " + n);
    return n;
}
function level2(n) { return level3(n) * 2; }
function level1(n) { return level2(n) + 1; }
console.log(level1(1), level1(2));
console.log(level1(3));
