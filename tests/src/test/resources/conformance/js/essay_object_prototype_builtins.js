// Every object has Object.prototype's properties tacked on...
let obj = { a: 1 };
console.log(Object.getPrototypeOf(obj) === Object.prototype);
console.log(typeof obj.isPrototypeOf, typeof obj.hasOwnProperty, typeof obj.toString);
console.log(Object.prototype.isPrototypeOf(obj));
console.log(obj.toString());
console.log("isPrototypeOf" in obj, obj.hasOwnProperty("isPrototypeOf"));
console.log(Object.getPrototypeOf(Object.prototype));
// ...unless it is created with a null prototype.
let bare = Object.create(null);
bare.a = 1;
console.log(Object.getPrototypeOf(bare));
console.log("toString" in bare, typeof bare.toString);
console.log(bare);
console.log(Object.keys(bare));
