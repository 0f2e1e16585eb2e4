// A detached method call in sloppy mode: `this` is the global object.
function sloppy() { return this; }
const obj = { sloppy, name: "obj" };
console.log(obj.sloppy() === obj);
const detached = obj.sloppy;
console.log(detached() === globalThis);
console.log(sloppy.call(undefined) === globalThis, sloppy.call(null) === globalThis);
console.log(typeof sloppy.call(5), sloppy.call(5) instanceof Number, sloppy.call("s").length);
function setsGlobal() { this.leaked = "leaked value"; }
setsGlobal();
console.log(globalThis.leaked, typeof leaked);
delete globalThis.leaked;
console.log(typeof globalThis.leaked);
