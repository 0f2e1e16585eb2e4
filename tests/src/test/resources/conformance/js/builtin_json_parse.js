// JSON.parse: values, reviver, errors.
console.log(JSON.parse('{"a": [1, 2.5, -3e2, true, false, null], "b": {"c": "str\\n\\u0041"}}'));
console.log(JSON.parse("42"), JSON.parse('"s"'), JSON.parse("null"), JSON.parse(" [ ] "), JSON.parse("true"));
const revived = JSON.parse('{"a": 1, "b": {"c": 2}, "d": [3]}', function (key, value) {
    console.log("reviver", JSON.stringify(key), JSON.stringify(value));
    return typeof value === "number" ? value + 100 : value;
});
console.log(revived);
console.log(JSON.parse('{"drop": 1, "keep": 2}', (k, v) => (k === "drop" ? undefined : v)));
console.log(JSON.parse('{"__proto__": {"x": 1}}').x, Object.keys(JSON.parse('{"__proto__": 1}')));
console.log(JSON.parse('{"a": 1, "a": 2}'), JSON.parse('{"2": "b", "1": "a"}'));
for (const bad of ["{a: 1}", "[1, 2,]", "'single'", "", "{\"a\": 1} extra", "undefined", "NaN"]) {
    try { JSON.parse(bad); } catch (e) { console.log(e.name + ": " + e.message); }
}
