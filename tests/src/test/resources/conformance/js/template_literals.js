// Template literals: interpolation, expressions, multi-line, escapes.
const who = "world", n = 3;
console.log(`hello ${who}`);
console.log(`${n} + ${n} = ${n + n}`);
console.log(`nested ${`inner ${n * 2}`} done`);
console.log(`line one
line two`);
console.log(`tab\tand\\backslash and \` backtick and \${not interpolated}`);
console.log(`${[1, 2, 3]} ${{}} ${null} ${undefined} ${true} ${-0} ${1e21}`);
const obj = { toString() { return "custom"; }, valueOf() { return 99; } };
console.log(`${obj}`, "" + obj, obj + 1);
console.log(`\u0041\x42\u{1F600}`.length);
console.log(typeof `x`, `a${""}b`.length);
try { `${Symbol("s")}`; } catch (e) { console.log(e.message); }
console.log(`${Symbol("s").toString()}`);
