// if / else if / else, truthiness, dangling else.
function grade(n) {
    if (n >= 90) return "A";
    else if (n >= 80) return "B";
    else if (n >= 70) return "C";
    else return "F";
}
console.log([95, 85, 75, 10].map(grade).join(""));
for (const v of [0, 1, "", "0", null, undefined, NaN, [], {}, -0, "false"]) {
    if (v) console.log("truthy", v);
    else console.log("falsy", v);
}
if (true) if (false) console.log("inner"); else console.log("dangling else binds inner");
if (false);
else { console.log("empty then-branch"); }
