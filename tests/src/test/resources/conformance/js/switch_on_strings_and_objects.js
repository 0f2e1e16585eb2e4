// switch uses ===: strings, objects by identity, default-only, return from switch.
const A = {}, B = {};
function which(o) {
    switch (o) {
        case A: return "A";
        case B: return "B";
        default: return "other";
    }
}
console.log(which(A), which(B), which({}));
function httpText(code) {
    switch (String(code)) {
        case "200": case "201": return "ok";
        case "404": return "not found";
        case "500":
        default: return "error";
    }
}
console.log([200, 201, 404, 500, 302].map(httpText));
switch ("x") { default: console.log("only default"); }
switch (3) { }
let log = [];
for (const v of ["a", "b", "c"]) {
    switch (v) {
        case "a": log.push("A"); continue;
        case "b": log.push("B"); break;
    }
    log.push("after " + v);
}
console.log(log);
