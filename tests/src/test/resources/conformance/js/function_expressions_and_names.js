// Function expressions, named function expressions, and inferred names.
const anon = function () {};
const named = function realName() {};
const arrow = () => {};
let obj = { method() {}, prop: function () {}, arrowProp: () => {}, ["comp" + "uted"]: function () {} };
console.log(anon.name, named.name, arrow.name);
console.log(obj.method.name, obj.prop.name, obj.arrowProp.name, obj.computed.name);
console.log((function () {}).name === "", (() => {}).name === "");
const fact = function f(n) { return n <= 1 ? 1 : n * f(n - 1); };
console.log(fact(5), typeof f);
console.log(anon.length, ((a, b, c) => 0).length, function (a, b = 1, c) {}.length, ((...r) => 0).length);
let bound = named.bind(null);
console.log(bound.name);
const sym = Symbol("desc");
let o2 = { [sym]() {} , get g() { return 1; } };
console.log(o2[sym].name);
console.log(Object.getOwnPropertyDescriptor(o2, "g").get.name);
console.log((function () { return typeof arguments; })());
