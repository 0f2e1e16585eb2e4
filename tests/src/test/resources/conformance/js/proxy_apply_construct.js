// Proxy traps: apply and construct.
function sum(a, b) { return a + b; }
const traced = new Proxy(sum, {
    apply(target, thisArg, args) {
        console.log("apply: this =", thisArg, "args =", args);
        return target(...args) * 100;
    },
});
console.log(traced(1, 2));
console.log(traced.call({ ctx: 1 }, 3, 4), traced.apply(null, [5, 6]));
const obj = { m: traced };
console.log(obj.m(1, 1));
console.log(typeof traced, traced.name, traced.length);
class Point { constructor(x, y) { this.x = x; this.y = y; } }
const P = new Proxy(Point, {
    construct(target, args, newTarget) {
        console.log("construct:", args, newTarget === P);
        return new target(...args.map((v) => v * 2));
    },
});
console.log(new P(1, 2));
const bad = new Proxy(function () {}, { construct() { return 1; } });
try { new bad(); } catch (e) { console.log(e.name + ": " + e.message); }
const notCallable = new Proxy({}, { apply() { return "never"; } });
try { notCallable(); } catch (e) { console.log(e.message); }
