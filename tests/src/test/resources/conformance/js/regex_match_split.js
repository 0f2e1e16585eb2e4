// match, matchAll, split, search with regexes.
console.log("a1b22c333".match(/\d+/g));
const one = "a1b22".match(/(\d)(\d)?/);
console.log(one[0], one[1], one[2], one.index);
console.log("abc".match(/x/), "abc".match(/x/g));
console.log([..."k1=v1;k2=v2".matchAll(/(\w+)=(\w+)/g)].map((m) => m[1] + ":" + m[2]));
console.log("a, b,c ,  d".split(/\s*,\s*/));
console.log("a1b2c3".split(/\d/), "a1b2c3".split(/(\d)/), "abc".split(""), "a,b,c".split(",", 2));
console.log("".split(","), "".split(""), "one".split());
console.log("find the needle".search(/needle/), "nothing".search(/z/));
console.log("Tab\tand space".split(/\s/));
console.log("αβγ".match(/./gu), "x".match(/[^]/)[0]);
console.log(/[\u0041-\u005A]+/.exec("abcDEFghi")[0], /\x41/.test("A"), /\//.test("a/b"));
console.log("aaa".match(/a+?/)[0], "<b><i>".match(/<.+?>/g), "aaa".match(/a{2}/)[0]);
console.log("foo.bar".split("."), "1.5".split(/\./));
