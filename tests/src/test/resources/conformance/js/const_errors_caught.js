// Assigning to const bindings (incl. loop constants and compound forms).
const c = 1;
for (const op of ["=", "+=", "++", "??=", "destructure"]) {
    try {
        if (op === "=") c = 2;
        else if (op === "+=") c += 2;
        else if (op === "++") c++;
        else if (op === "??=") c ??= 5;
        else[c] = [9];
        console.log(op, "no error");
    } catch (e) {
        console.log(op, e.name, e.message);
    }
}
console.log(c);
try { for (const i = 0; i < 2; i++) {} } catch (e) { console.log(e.message); }
const f = function named() { named = 1; return typeof named; };
console.log(f());
const g = function named2() { "use strict"; named2 = 1; };
try { g(); } catch (e) { console.log(e.message); }
