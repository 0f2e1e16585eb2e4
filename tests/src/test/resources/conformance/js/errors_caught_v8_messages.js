// A tour of V8's error messages.
const attempts = [
    () => undefined.prop,
    () => null.prop,
    () => { const u = undefined; return u.deep.deeper; },
    () => { const o = {}; return o.missing.x; },
    () => { const o = {}; o.notFn(); },
    () => { const o = { n: 1 }; o.n(); },
    () => { let f = 5; f(); },
    () => { null.x = 1; },
    () => { undefined[0]; },
    () => { const [a] = null; },
    () => { const { a } = undefined; },
    () => { new (class A { constructor() { this.x.y; } })(); },
    () => { nope(); },
    () => { "abc".foo(); },
    () => { [].reduce((a, b) => a); },
    () => { new Array(-5); },
    () => { (1).toFixed(200); },
    () => { Symbol() + 1; },
    () => { ({}).x.y.z; },
    () => { JSON.parse("{bad"); },
    () => { Object.defineProperty(Object.freeze({}), "x", { value: 1 }); },
    () => { "use strict"; Object.freeze([1])[0] = 2; },
    () => { new 5; },
    () => { 1 in 1; },
    () => { x.y = 1; let x; },
];
for (const f of attempts) {
    try { f(); console.log("no error"); } catch (e) { console.log(e.constructor.name + ": " + e.message); }
}
