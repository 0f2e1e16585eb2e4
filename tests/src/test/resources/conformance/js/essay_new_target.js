// Detecting a missing `new` with new.target.
function Vector(x, y) {
    if (!new.target) {
        console.log("called without new; fixing it");
        return new Vector(x, y);
    }
    console.log("new.target is Vector:", new.target === Vector);
    this.x = x;
    this.y = y;
}

let a = Vector(3, 4);
let b = new Vector(5, 6);
console.log(a, b);
function Plain() { return new.target; }
console.log(Plain());
console.log(new Plain() === Plain);
