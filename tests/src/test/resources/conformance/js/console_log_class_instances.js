// Class instances print with their constructor name.
class Vector { constructor(x, y) { this.x = x; this.y = y; } }
console.log(new Vector(3, 4));
class Empty {}
console.log(new Empty(), [new Empty()], { e: new Empty() });
class Sub extends Vector {}
console.log(new Sub(1, 2));
function Legacy() { this.old = true; }
console.log(new Legacy());
const anon = new (class {})();
console.log(anon);
const AnonAssigned = class {};
console.log(new AnonAssigned());
const fromCreate = Object.create(Vector.prototype);
fromCreate.z = 1;
console.log(fromCreate);
const protoWithoutCtor = Object.create({ nothing: true });
console.log(protoWithoutCtor);
class Weird { constructor() { this.constructor = "overwritten"; } }
console.log(new Weird());
class WithToString { toString() { return "ignored by console.log"; } }
console.log(new WithToString(), `${new WithToString()}`);
