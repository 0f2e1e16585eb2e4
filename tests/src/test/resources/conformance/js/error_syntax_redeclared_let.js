// Early SyntaxError: let redeclaration; nothing runs.
console.log("never printed");
let count = 1;
let count = 2;
