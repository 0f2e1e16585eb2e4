// Uncaught: arrow functions cannot be used with new.
const factory = { make: () => ({ made: true }) };
console.log(factory.make());
const instance = new factory.make();
