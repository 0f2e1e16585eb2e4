// new with constructor functions: prototype, constructor, return values.
function Animal(name) {
    this.name = name;
}
Animal.prototype.speak = function () { return this.name + " makes a sound"; };
const a = new Animal("Rex");
console.log(a, a.speak(), a.constructor === Animal, Animal.prototype.constructor === Animal);
console.log(Object.getOwnPropertyNames(Animal.prototype), Object.keys(Animal.prototype));
function ReturnsObject() { this.ignored = true; return { replaced: true }; }
function ReturnsPrimitive() { this.kept = true; return 42; }
function ReturnsNull() { this.kept = "yes"; return null; }
function ReturnsFunction() { return function inner() {}; }
console.log(new ReturnsObject(), new ReturnsPrimitive(), new ReturnsNull(), new ReturnsFunction());
console.log(new ReturnsObject() instanceof ReturnsObject);
function NoArgs() { this.made = true; }
console.log(new NoArgs, new NoArgs().made);
const obj = { Inner: function () { this.v = 1; } };
console.log(new obj.Inner());
try { new Math.max(); } catch (e) { console.log(e.message); }
try { new (() => {})(); } catch (e) { console.log(e.message); }
function Anon() {}
Anon.prototype = null;
console.log(Object.getPrototypeOf(new Anon()) === Object.prototype);
