// Replacing F.prototype affects later instances only; constructor property is not magic.
function F() {}
const before = new F();
F.prototype = { hello() { return "new proto"; } };
const after = new F();
console.log(typeof before.hello, after.hello());
console.log(after.constructor === F, after.constructor === Object);
console.log(before instanceof F, after instanceof F);
function G() { return new.target; }
console.log(G() === undefined, new G() === G);
class Base { constructor() { this.made = new.target.name; } }
class Derived extends Base {}
console.log(new Base().made, new Derived().made);
function Reflected() { this.nt = new.target === Other; }
function Other() {}
const r = Reflect.construct(Reflected, [], Other);
console.log(r.nt, Object.getPrototypeOf(r) === Other.prototype);
