// A class can extend an old-style constructor function (and vice versa via prototypes).
function Animal(name) {
    this.name = name;
}
Animal.prototype.speak = function () { return this.name + " makes a sound"; };
Animal.create = function (n) { return new this(n); };
class Dog extends Animal {
    speak() { return super.speak() + " (woof)"; }
}
const d = new Dog("Rex");
console.log(d, d.speak(), d instanceof Animal, Dog.create("Fido").speak());
function Puppy(name) {
    return Reflect.construct(Dog, [name], Puppy);
}
Object.setPrototypeOf(Puppy.prototype, Dog.prototype);
const p = new Puppy("Bit");
console.log(p, p.speak(), p instanceof Dog);
const Mixin = (Base) => class extends Base { mixed() { return "mixed " + this.name; } };
class MixedDog extends Mixin(Dog) {}
console.log(new MixedDog("Mo").mixed(), new MixedDog("Mo").speak());
class FromExpr extends (true ? Animal : Object) {}
console.log(new FromExpr("expr").speak());
try { class Bad extends 42 {} } catch (e) { console.log(e.message); }
function NoProto() {}
NoProto.prototype = 3;
try { class Bad2 extends NoProto {} } catch (e) { console.log(e.message); }
