// `class extends null`: instances have no Object.prototype; super() cannot be used.
class Nothing extends null {
    constructor() {
        return Object.create(Nothing.prototype);
    }
    hello() { return "hello from null-derived"; }
}
const n = new Nothing();
console.log(n.hello(), Object.getPrototypeOf(Nothing.prototype), typeof n.toString);
console.log(Object.getPrototypeOf(Nothing) === Function.prototype);
console.log(n instanceof Nothing, n instanceof Object);
class Implicit extends null {}
try { new Implicit(); } catch (e) { console.log(e.name + ": " + e.message); }
console.log(n);
