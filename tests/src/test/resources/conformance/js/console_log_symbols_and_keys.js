// Symbol keys and values; quoting of non-identifier keys.
const s = Symbol("s");
console.log({ [s]: 1, [Symbol()]: 2, [Symbol.iterator]: 3 });
console.log({ sym: Symbol("value") }, [Symbol.for("in array")]);
console.log({ "key with space": 1, "kebab-case": 2, camelCase: 3, _under: 4, $dollar: 5, "0": 6, "-1": 7, "1.5": 8, "ünï": 9 });
console.log({ "it's": 1 });
const hidden = {};
Object.defineProperty(hidden, Symbol("hidden"), { value: 1, enumerable: false });
console.log(hidden);
