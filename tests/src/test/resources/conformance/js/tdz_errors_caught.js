// Temporal dead zone: reading let/const/class before initialisation.
function readLet() {
    try { console.log(a); } catch (e) { console.log(e.name + ": " + e.message); }
    let a = 1;
    return a;
}
console.log(readLet());
function readConst() {
    try { b; } catch (e) { console.log(e.name + ": " + e.message); }
    const b = 2;
}
readConst();
try { new K(); } catch (e) { console.log(e.name + ": " + e.message); }
class K {}
try { typeof tdz; } catch (e) { console.log("typeof too: " + e.message); }
let tdz = 0;
function later() { return z; }
try { later(); } catch (e) { console.log(e.message); }
let z = "now fine";
console.log(later());
try { let self = self + 1; } catch (e) { console.log(e.message); }
