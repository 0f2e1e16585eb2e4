// "use strict" at the top of a function only affects that function (and nested ones).
function sloppy() { return this === globalThis; }
function strict() {
    "use strict";
    function nested() { return this; }
    return [this, nested()];
}
console.log(sloppy(), strict());
function notDirective() {
    let x = 1;
    "use strict";
    return this === globalThis;
}
console.log(notDirective());
function strictAssign() {
    "use strict";
    try { undeclaredStrictVar = 1; } catch (e) { console.log(e.name + ": " + e.message); }
}
strictAssign();
function sloppyAssign() { implicitGlobal = "created"; }
sloppyAssign();
console.log(implicitGlobal, globalThis.implicitGlobal);
class C { m() { return this; } }
const m = new C().m;
console.log(m());
