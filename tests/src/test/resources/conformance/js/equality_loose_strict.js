// == vs ===.
const pairs = [
    [0, "0"], [0, ""], ["", "0"], [null, undefined], [null, 0], [undefined, 0],
    [false, "0"], [false, "false"], [true, 1], [true, "1"], [true, 2], [NaN, NaN],
    [[1], 1], [[1, 2], "1,2"], [{}, "[object Object]"], [[], ""], [[], 0], [[0], false],
    ["1e1", 10], [" \n", 0], [-0, 0], [null, false], [Symbol.iterator, Symbol.iterator],
];
for (const [a, b] of pairs) {
    console.log(String(a === null ? "null" : a === undefined ? "undefined" : typeof a === "symbol" ? a.toString() : JSON.stringify(a)),
        String(b === undefined ? "undefined" : typeof b === "symbol" ? b.toString() : JSON.stringify(b)),
        a == b, a === b);
}
const o = {};
console.log(o == o, o === o, {} == {}, o == "[object Object]");
const v = { valueOf() { return 42; } };
console.log(v == 42, v === 42, v == "42");
console.log(Object.is(NaN, NaN), Object.is(0, -0), [NaN].includes(NaN), [NaN].indexOf(NaN));
