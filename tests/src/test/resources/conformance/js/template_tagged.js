// Tagged templates: strings, raw strings and values.
function tag(strings, ...values) {
    console.log(strings, strings.raw, values);
    return strings.reduce((acc, s, i) => acc + s + (i < values.length ? "[" + values[i] + "]" : ""), "");
}
console.log(tag`a${1}b${2}c`);
console.log(tag`${"only"}`);
console.log(tag`no subs`);
console.log(tag`esc\n${"x"}\t`);
console.log(String.raw`C:\new\table ${1 + 1}`);
function same(s) { return s; }
const f = () => same`x`;
console.log(f() === f(), Object.isFrozen(f()), Array.isArray(f()));
const obj = { prefix: ">", t(s, v) { return this.prefix + s[0] + v; } };
console.log(obj.t`val:${42}`);
