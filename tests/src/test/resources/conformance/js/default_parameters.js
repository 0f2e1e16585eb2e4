// Default parameter values: evaluated at call time, only for undefined.
function greet(name = "world", greeting = "hello") {
    return greeting + ", " + name;
}
console.log(greet());
console.log(greet("js"));
console.log(greet(undefined, "hi"));
console.log(greet(null));
let calls = 0;
function counter(n = ++calls) { return n; }
console.log(counter(), counter(), counter(100), calls);
function refers(a, b = a * 2, c = a + b) { return [a, b, c]; }
console.log(refers(1), refers(1, 5), refers(1, undefined, 0));
function fresh(list = []) { list.push(1); return list; }
console.log(fresh(), fresh());
function usesOuter(x = y) { return x; }
var y = "outer y";
console.log(usesOuter());
try {
    (function (a = b, b = 1) { return a; })();
} catch (e) {
    console.log(e.name + ": " + e.message);
}
console.log(greet.length, refers.length);
