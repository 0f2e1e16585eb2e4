// Boxed primitives, errors inside arrays by name only, circular references, arguments.
console.log(new Number(-0), new String("s"), new Boolean(true), Object(Symbol("b")));
const circ = { name: "circ" };
circ.self = circ;
console.log(circ);
const arr = [1];
arr.push(arr);
console.log(arr);
const a = { name: "a" }, b = { name: "b", a };
a.b = b;
console.log(a);
console.log((function () { return arguments; })(1, "x"));
console.log(/re+gex/gi, [/x/], { r: /y/m });
console.log([undefined], { u: undefined, n: null });
console.log(globalThis === globalThis ? "skip printing globalThis" : "");
