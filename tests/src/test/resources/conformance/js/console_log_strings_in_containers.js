// Strings inside arrays and objects are quoted with single quotes (or others when needed).
console.log(["a", "b"]);
console.log(["it's"], ['say "hi"'], ["both ' and \""], ["back`tick'\""]);
console.log(["line\nbreak", "tab\t", "back\\slash", "\u0001", "\u007f", "é😀"]);
console.log({ s: "str", "needs quote": 1, valid_$name: 2, 123: 3, "1a": 4 });
console.log([""], [" "], { "": "" });
console.log(new Map([["k", "v"]]), new Set(["s"]));
console.log([1, "1", [1], ["1"]]);
