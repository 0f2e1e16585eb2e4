// Early SyntaxError: nothing runs, not even the first console.log.
console.log("never printed");
const o = {};
console.log(o.#secret);
