// Object.prototype.toString tags and Symbol.toStringTag.
const ts = (v) => Object.prototype.toString.call(v);
console.log(ts({}), ts([]), ts(null), ts(undefined), ts(1), ts("s"), ts(true));
console.log(ts(() => {}), ts(/r/), ts(new Error("e")), ts(new Map()), ts(new Set()), ts(Symbol()));
console.log(ts(JSON), ts(Math), ts(new Boolean(true)), ts((function () { return arguments; })()));
class Tagged { get [Symbol.toStringTag]() { return "MyTag"; } }
console.log(ts(new Tagged()), String(new Tagged()), `${new Tagged()}`);
console.log(new Tagged());
const obj = { [Symbol.toStringTag]: "Custom" };
console.log(String(obj), obj);
console.log(String({}), {} + "", [1, [2, 3]].toString(), String([null, undefined]));
console.log(ts(Object.create(null)), ts(new Proxy([], {})));
