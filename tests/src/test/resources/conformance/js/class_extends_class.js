// extends: super(), super.method(), overriding, instanceof, constructor chaining.
class Shape {
    constructor(name) { this.name = name; }
    area() { return 0; }
    describe() { return `${this.name} with area ${this.area()}`; }
    static kind() { return "shape"; }
}
class Rect extends Shape {
    constructor(w, h) {
        super("rect");
        this.w = w; this.h = h;
    }
    area() { return this.w * this.h; }
    static kind() { return "rect < " + super.kind(); }
}
class Square extends Rect {
    constructor(s) { super(s, s); this.name = "square"; }
    describe() { return "[" + super.describe() + "]"; }
}
const sq = new Square(3);
console.log(sq, sq.describe(), Square.kind());
console.log(sq instanceof Square, sq instanceof Rect, sq instanceof Shape);
console.log(Object.getPrototypeOf(Square) === Rect, Object.getPrototypeOf(Square.prototype) === Rect.prototype);
class Default extends Rect {}
console.log(new Default(2, 5), new Default(2, 5).area());
console.log(Square, Default);
console.log(Square.name, sq.constructor.name);
