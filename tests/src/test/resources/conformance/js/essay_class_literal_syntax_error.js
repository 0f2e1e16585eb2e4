// A class block is not an object literal: `class Foo { x: 3 }` fails to parse,
// so the whole script is rejected before anything runs.
console.log("never printed");
const literal = { x: 3 };
class Foo { x: 3 }
