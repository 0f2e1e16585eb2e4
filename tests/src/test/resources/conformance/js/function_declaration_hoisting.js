// Function declarations are hoisted with their bodies.
console.log(square(4));
function square(n) { return n * n; }
console.log(typeof later, typeof expr);
var expr = function () { return "expr"; };
console.log(typeof expr, expr());
function later() { return "first"; }
function later() { return "second"; }
console.log(later());
function outer() {
    return inner();
    function inner() { return "inner hoisted"; }
}
console.log(outer());
var shadow = 1;
function shadow() {}
console.log(typeof shadow);
