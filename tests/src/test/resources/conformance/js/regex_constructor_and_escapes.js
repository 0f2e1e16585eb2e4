// RegExp constructor, character classes, lookaround, backreferences.
const r = new RegExp("h(.)llo", "i");
console.log(r.test("HELLO"), r.exec("hallo")[1], r.source, r.flags);
console.log(new RegExp("a+b").toString(), RegExp("x", "g").global, new RegExp(/abc/g).flags);
console.log(/\d\D\w\W\s\S/.test("1a_ \tX"), /[.]/.test("x"), /./.test("\n"));
console.log(/(?=\d)\w+/.exec("abc123")[0], /\w+(?!\d)/.exec("abc123")[0]);
console.log(/(?<=\$)\d+/.exec("cost $42")[0], /(?<!\$)\b\d+/.exec("$42 and 17")[0]);
console.log(/(\w)\1/.exec("hello")[0], /(?<ch>\w)\k<ch>/.test("abba"));
console.log(/^[^aeiou]+$/.test("rhythm"), /[a-c-e]/.test("-"));
console.log(/a|b|c/.exec("xxc").index, /(?:ab)+/.exec("ababab")[0]);
try { new RegExp("("); } catch (e) { console.log(e.name, e.message); }
const sticky = /foo/y;
sticky.lastIndex = 3;
console.log(sticky.test("barfoo"), sticky.lastIndex, sticky.test("barfoo"));
console.log(/\u{1F600}/u.test("😀"), "😀".length, /^.$/u.test("😀"), /^.$/.test("😀"));
