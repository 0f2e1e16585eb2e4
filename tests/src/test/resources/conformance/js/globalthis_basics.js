// globalThis holds the builtins; sloppy functions see it as `this`.
console.log(typeof globalThis, globalThis === globalThis.globalThis);
console.log(globalThis.Math === Math, globalThis.Array === Array, "Object" in globalThis);
globalThis.answer = 42;
console.log(answer, typeof answer);
answer = 43;
console.log(globalThis.answer);
console.log(delete globalThis.answer, typeof answer);
console.log(Object.getOwnPropertyDescriptor(globalThis, "Array").enumerable, Object.getOwnPropertyDescriptor(globalThis, "undefined").writable);
undefined = "cannot change";
NaN = 1;
console.log(undefined, NaN, Infinity);
console.log((function () { return this; })() === globalThis);
console.log(typeof globalThis.console.log, typeof globalThis.JSON.stringify);
Object.defineProperty(globalThis, "constantGlobal", { value: "fixed", writable: false, configurable: true });
constantGlobal = "changed";
console.log(constantGlobal);
