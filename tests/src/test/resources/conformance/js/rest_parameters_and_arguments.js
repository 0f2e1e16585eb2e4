// Rest parameters are real arrays; `arguments` is array-like.
function sum(...nums) {
    return nums.reduce((a, b) => a + b, 0);
}
console.log(sum(), sum(1), sum(1, 2, 3));
function head(first, ...rest) {
    return [first, rest, Array.isArray(rest)];
}
console.log(head(1, 2, 3));
console.log(head());
function args() {
    return [arguments.length, Array.isArray(arguments), Array.from(arguments), typeof arguments];
}
console.log(args("a", "b"));
function sloppyAlias(a) {
    arguments[0] = "changed";
    return a;
}
function strictAlias(a) {
    "use strict";
    arguments[0] = "changed";
    return a;
}
console.log(sloppyAlias("orig"), strictAlias("orig"));
function argsObj() { return arguments; }
console.log(argsObj(1, "two"));
