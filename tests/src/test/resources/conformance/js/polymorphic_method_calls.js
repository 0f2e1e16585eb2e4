// The same call site sees four classes, then a fifth shape, then a changed method.
class Circle { constructor(r) { this.r = r; } area() { return 3 * this.r * this.r; } }
class Square { constructor(s) { this.s = s; } area() { return this.s * this.s; } }
class Rect { constructor(w, h) { this.w = w; this.h = h; } area() { return this.w * this.h; } }
class Tri { constructor(b, h) { this.b = b; this.h = h; } area() { return this.b * this.h / 2; } }
const shapes = [new Circle(1), new Square(2), new Rect(2, 3), new Tri(4, 5)];
function total(list) {
    let t = 0;
    for (const s of list) t += s.area();
    return t;
}
let acc = 0;
for (let i = 0; i < 500; i++) acc += total(shapes);
console.log(total(shapes), acc);
shapes.push({ area() { return 100; } });
console.log(total(shapes));
Square.prototype.area = function () { return -1; };
console.log(total(shapes));
shapes[0].area = () => 0;
console.log(total(shapes), shapes.map((s) => s.constructor.name));
