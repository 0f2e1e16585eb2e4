// Uncaught non-Error value: Node prints the value itself, no stack.
let attempts = 0;
attempts++;
console.log("throwing a number next, attempts =", attempts);
throw 42;
