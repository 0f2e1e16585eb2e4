// typeof on every kind of value.
const values = [undefined, null, true, 0, -1.5, NaN, "", "s", Symbol("x"), {}, [], function () {}, () => {}, class {}, /re/, Math, JSON, new Map()];
for (const v of values) console.log(typeof v);
console.log(typeof typeof 1);
console.log(typeof undeclaredName);
console.log(typeof Object, typeof Object.prototype, typeof Function.prototype);
