// Closures keep their own environments.
function makeCounter(start = 0) {
    let count = start;
    return {
        inc: () => ++count,
        dec: () => --count,
        get value() { return count; },
    };
}
const a = makeCounter(), b = makeCounter(10);
a.inc(); a.inc(); b.dec();
console.log(a.value, b.value);
const adders = [1, 2, 3].map((n) => (x) => x + n);
console.log(adders.map((f) => f(10)));
function once(fn) {
    let done = false, result;
    return function (...args) {
        if (!done) { done = true; result = fn.apply(this, args); }
        return result;
    };
}
const init = once((x) => { console.log("initialising with", x); return x * 2; });
console.log(init(5), init(100));
const memo = (() => {
    const cache = new Map();
    const fib = (n) => (n < 2 ? n : cache.get(n) ?? (cache.set(n, fib(n - 1) + fib(n - 2)), cache.get(n)));
    return fib;
})();
console.log(memo(50), memo(90));
var fns = [];
for (var i = 0; i < 3; i++) (function (j) { fns.push(() => j); })(i);
console.log(fns.map((f) => f()));
