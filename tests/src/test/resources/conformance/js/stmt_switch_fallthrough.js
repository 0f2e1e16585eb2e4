// switch: strict equality, fall-through, default in the middle, blocks.
function describe(x) {
    const out = [];
    switch (x) {
        case 1:
            out.push("one");
        case 2:
            out.push("two-or-fell");
            break;
        default:
            out.push("default");
        case "3":
            out.push("string three");
            break;
        case 4: {
            let scoped = "four";
            out.push(scoped);
            break;
        }
    }
    return out.join(",");
}
for (const v of [1, 2, 3, "3", 4, 5]) console.log(v, describe(v));
function noMatch(x) { switch (x) { case 1: return "one"; } return "none"; }
console.log(noMatch(2), noMatch(1));
let evaluated = [];
switch (2) {
    case (evaluated.push("a"), 1): break;
    case (evaluated.push("b"), 2): break;
    case (evaluated.push("c"), 3): break;
}
console.log(evaluated);
switch (NaN) { case NaN: console.log("never"); break; default: console.log("NaN matches nothing"); }
