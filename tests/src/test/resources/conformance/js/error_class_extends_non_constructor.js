// Uncaught: extending a plain object is a TypeError at class definition time.
const notAClass = { kind: "object" };
console.log("defining a class next");
class Child extends notAClass {}
