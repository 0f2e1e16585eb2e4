"use strict";
// A detached method call in strict mode: `this` is undefined; primitives are not boxed.
function strict() { return this; }
const obj = { strict };
console.log(obj.strict() === obj);
const detached = obj.strict;
console.log(detached());
console.log(strict.call(null), strict.call(5), typeof strict.call("s"));
const method = { name: "m", getName() { return this.name; } };
const getName = method.getName;
try {
    getName();
} catch (e) {
    console.log(e.name + ": " + e.message);
}
console.log([1, 2].map(function () { return this; }));
console.log([1].map(function () { return this; }, "thisArg"));
