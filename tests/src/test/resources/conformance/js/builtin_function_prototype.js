// Function.prototype: name, length, toString, call/apply/bind, the prototype property.
function add(a, b) { return a + b; }
console.log(add.name, add.length, typeof add.prototype, add.prototype.constructor === add);
console.log(add.toString());
console.log((x => x * 2).toString());
console.log(class A { m() {} }.toString());
console.log(Math.max.toString());
console.log(typeof Function.prototype, Function.prototype(), Function.prototype.name === "");
console.log(Object.getPrototypeOf(add) === Function.prototype, add instanceof Function, add instanceof Object);
console.log(Object.getOwnPropertyNames(add).sort());
console.log(Object.getOwnPropertyDescriptor(add, "name"));
add.name = "renamed";
console.log(add.name);
Object.defineProperty(add, "name", { value: "redefined" });
console.log(add.name, add);
console.log((() => {}).prototype, (function () {}).prototype);
add.custom = "props on functions";
console.log(add.custom, Object.keys(add));
