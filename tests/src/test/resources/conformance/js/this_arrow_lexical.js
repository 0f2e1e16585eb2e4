// Arrow functions capture `this` lexically; call/apply/bind cannot change it.
const obj = {
    name: "obj",
    regular() {
        const arrow = () => this.name;
        return [arrow(), arrow.call({ name: "other" }), arrow.bind({ name: "bound" })()];
    },
    nested() {
        return (() => (() => this.name)())();
    },
    arrowProp: () => typeof this,
};
console.log(obj.regular(), obj.nested(), obj.arrowProp());
class Counter {
    constructor() { this.count = 0; this.inc = () => ++this.count; }
    incMethod() { return ++this.count; }
}
const c = new Counter();
const { inc, incMethod } = c;
inc(); inc();
console.log(c.count);
try { incMethod(); } catch (e) { console.log(e.message); }
function Timer() {
    this.ticks = 0;
    [1, 2, 3].forEach(() => this.ticks++);
}
console.log(new Timer().ticks);
