// Uncaught: calling a missing method prints `x.f is not a function`.
const x = { g() { return "g works"; } };
console.log(x.g());
console.log(typeof x.f);
x.f();
