// `this` is decided by the call site.
function whoAmI() {
    if (this === globalThis) return "global";
    if (this === undefined) return "undefined";
    return this.name;
}
let obj = { name: "obj", method: whoAmI };
// this = obj
console.log(obj.method());
// this = the global object
let meth = obj.method;
console.log(meth());
console.log(meth.call({ name: "called" }));
console.log((obj.method)());
console.log((0, obj.method)());
let other = { name: "other" };
other.method = obj.method;
console.log(other.method());
console.log(obj["method"]());
