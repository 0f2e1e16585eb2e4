// console.log with primitives: strings are unquoted at top level, several args joined by spaces.
console.log("plain string");
console.log(42, -0, 0, 1.5, NaN, Infinity, -Infinity);
console.log(true, false, null, undefined);
console.log("multiple", "strings", 1, "mixed");
console.log("");
console.log();
console.log(Symbol("sym"), Symbol(), Symbol.iterator, Symbol.for("reg"));
console.log("quote's \"both\"", 'tab\tnewline\nend');
console.log(1e21, 1e-7, 123456789.123, 2 ** 53);
console.log("%s is %d years", "Bob", 42.5);
console.log("%o and %O", 1, "x");
console.log("100%", "literal %% stays");
console.log("%c styled", "color: red");
console.log("%i %f %j", "12.9px", "3.5", 1);
