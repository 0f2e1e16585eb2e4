// var declarations are hoisted to the function top, initialised to undefined.
console.log(a);
var a = 1;
console.log(a);
function f() {
    console.log("inner before:", b);
    if (false) { var b = 2; }
    console.log("inner after:", b);
    for (var i = 0; i < 3; i++) {}
    console.log("i after loop:", i);
    {
        var c = "block var";
    }
    return c;
}
console.log(f());
var a;
console.log(a);
var a = 3;
console.log(a);
console.log(typeof notDeclaredAnywhere);
