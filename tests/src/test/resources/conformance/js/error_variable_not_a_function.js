// Uncaught: calling a string.
let callback = "not callable";
console.log("about to call", callback);
callback(1, 2);
