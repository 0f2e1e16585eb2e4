// Uncaught ReferenceError for a variable that was never declared.
let declared = 1;
console.log("declared is", declared);
console.log(undeclaredThing + 1);
