// Error constructors: name, message, instanceof, toString, cause.
const kinds = [Error, TypeError, RangeError, SyntaxError, ReferenceError, EvalError, URIError];
for (const K of kinds) {
    const e = new K("msg of " + K.name);
    console.log(e.name, e.message, String(e), e instanceof Error, e instanceof K, Object.getPrototypeOf(K) === (K === Error ? Function.prototype : Error));
}
const noMsg = new Error();
console.log(JSON.stringify(noMsg.message), String(noMsg), noMsg.hasOwnProperty("message"));
console.log(Error("called without new") instanceof Error, TypeError("t").name);
const withCause = new Error("outer", { cause: "root" });
console.log(withCause.cause, "cause" in new Error("x"));
console.log(Object.keys(new Error("e")), Object.getOwnPropertyNames(new Error("e")));
console.log(typeof new Error("s").stack, new Error("first line").stack.split("\n")[0]);
const custom = new Error("m");
custom.name = "CustomName";
console.log(String(custom), Error.prototype.toString.call({ name: "N", message: "" }), Error.prototype.toString.call({}));
console.log(new Error(42).message, typeof new Error(undefined).message);
