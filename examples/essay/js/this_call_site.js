// `this` is decided by the call site: obj.method() binds obj; a detached function
// gets undefined in strict code, the global object otherwise. Arrow functions keep
// the `this` of where they were written.
const obj = {
    name: "obj",
    method() {
        return this === obj ? "this = obj" : this === globalThis ? "this = global object" : "this = " + this;
    },
    later() {
        return [1].map(() => this.name);
    },
};
console.log(obj.method());
let meth = obj.method;
console.log(meth());
console.log(meth.call({ toString() { return "something else"; } }));
console.log(obj.later());
const bound = obj.method.bind(obj);
console.log(bound());
