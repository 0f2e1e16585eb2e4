// ToBoolean and ToNumber for every kind of value.
const vals = ["", " ", "0", "0.0", "false", "abc", "  12  ", "1e3", "-0", "0x10", "Infinity", "\n", [], [0], [1, 2], {}, null, undefined, true, false, 0, -0, NaN];
for (const v of vals) {
    console.log(JSON.stringify(v) ?? "undefined", Boolean(v), Number(v));
}
console.log(Boolean(Symbol()), Boolean(function () {}), Boolean(new Boolean(false)), !!document_like());
function document_like() { return undefined; }
