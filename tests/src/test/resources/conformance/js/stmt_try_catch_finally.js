// try/catch/finally ordering, optional catch binding, finally overriding.
function order() {
    const log = [];
    try {
        log.push("try");
        throw new Error("boom");
    } catch (e) {
        log.push("catch " + e.message);
    } finally {
        log.push("finally");
    }
    return log;
}
console.log(order());
function finallyWins() {
    try { return "try"; } finally { return "finally"; }
}
console.log(finallyWins());
function finallyRuns() {
    let s = "";
    try { return (s += "a"); } finally { s += "b"; console.log("finally saw", s); }
}
console.log(finallyRuns());
try { JSON.parse("{"); } catch { console.log("optional binding"); }
try {
    try { throw new TypeError("inner"); }
    finally { console.log("inner finally"); }
} catch (e) { console.log("outer caught", e.name, e.message); }
function swallow() {
    for (let i = 0; i < 3; i++) {
        try { if (i === 1) break; } finally { console.log("finally i", i); }
    }
    return "after loop";
}
console.log(swallow());
try { throw new Error("first"); } catch (e) {
    try { throw new Error("second"); } catch (e2) { console.log(e.message, e2.message); }
}
let e = "outer e";
try { throw 1; } catch (e) { e = 2; }
console.log(e);
