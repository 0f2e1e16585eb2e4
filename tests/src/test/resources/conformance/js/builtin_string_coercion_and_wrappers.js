// String(), toString, wrappers, immutability, indexing.
console.log(String(123), String(null), String(undefined), String(true), String([1, [2, 3]]), String({}));
console.log(String(Symbol("desc")), String(-0), String(1e21), String(0.000001), String(1e-7));
const str = "immutable";
str[0] = "X";
console.log(str, str.length);
str.extra = "lost";
console.log(str.extra);
const wrapped = new String("boxed");
console.log(typeof wrapped, wrapped.length, wrapped == "boxed", wrapped === "boxed", wrapped instanceof String);
console.log(wrapped, [wrapped], new Number(5), new Boolean(false), Object(Symbol("w")));
console.log(new Boolean(false) ? "wrapper truthy" : "falsy");
console.log((123).toString(), (1.5).toString(2), true.toString(), [1, 2].toString());
console.log("abc".split("").reverse().join(""));
console.log(Object.getOwnPropertyNames("ab"), "ab".hasOwnProperty(1), "ab".hasOwnProperty("length"));
