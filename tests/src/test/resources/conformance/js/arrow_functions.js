// Arrow functions: concise bodies, object literal bodies, no own this/arguments.
const add = (a, b) => a + b;
const square = x => x * x;
const makeObj = (k) => ({ key: k });
const noArgs = () => "none";
const block = (n) => { const d = n * 2; return d + 1; };
console.log(add(2, 3), square(7), makeObj("k"), noArgs(), block(4));
function outer() {
    const inner = () => arguments[0];
    return inner("ignored");
}
console.log(outer("outer arg"));
const curry = a => b => c => a + b + c;
console.log(curry(1)(2)(3));
try { new add(1, 2); } catch (e) { console.log(e.message); }
console.log(add.hasOwnProperty("prototype"));
console.log(typeof (() => {}));
const obj = { v: 42, get: () => typeof this, m() { return (() => this.v)(); } };
console.log(obj.get(), obj.m());
console.log([1, 2, 3].map((x, i) => x * i));
