// Vector.prototype can itself have a prototype: Object.create(Superclass.prototype).
function Shape(name) { this.name = name; }
Shape.prototype.describe = function () { return "shape " + this.name; };
Shape.prototype.sides = 0;

function Square(side) {
    Shape.call(this, "square");
    this.side = side;
}
Square.prototype = Object.create(Shape.prototype);
Square.prototype.constructor = Square;
Square.prototype.sides = 4;
Square.prototype.area = function () { return this.side * this.side; };

let sq = new Square(3);
console.log(sq.describe(), sq.area(), sq.sides);
console.log(sq instanceof Square, sq instanceof Shape, sq instanceof Object);
console.log(Object.getPrototypeOf(Object.getPrototypeOf(sq)) === Shape.prototype);
console.log(sq);
delete Square.prototype.sides;
console.log(sq.sides);
// The old (bad) way: an instance as prototype.
function Circle() {}
Circle.prototype = new Shape("circle");
let c = new Circle();
console.log(c.describe(), c.name, c.constructor === Shape);
