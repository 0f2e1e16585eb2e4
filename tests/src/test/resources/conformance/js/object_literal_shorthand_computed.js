// Object literals: shorthand properties, computed keys, methods.
const name = "dunder", version = 1;
const o = { name, version };
console.log(o);
let i = 0;
const computed = { ["k" + ++i]: i, ["k" + ++i]: i, [1 + 1]: "two", [Symbol.for("s")]: "sym" };
console.log(computed);
const withMethods = {
    hello() { return "hello from " + this.tag; },
    tag: "obj",
    "quoted key"() { return "quoted"; },
    42() { return "numeric"; },
};
console.log(withMethods.hello(), withMethods["quoted key"](), withMethods[42]());
console.log(withMethods);
const dup = { a: 1, b: 2, a: 3 };
console.log(dup, Object.keys(dup));
const keyObj = { toString() { return "fromToString"; } };
console.log({ [keyObj]: 1 });
console.log({ "a-b": 1, "valid_id": 2, "3d": 3, "": 4, "x y": 5 });
try { new withMethods.hello(); } catch (e) { console.log(e.message); }
