// RegExp literals: test and exec, groups, flags, lastIndex.
const re = /(\d{4})-(\d{2})-(\d{2})/;
console.log(re.test("date: 2024-01-15"), re.test("no date"));
const m = re.exec("date: 2024-01-15!");
console.log(m[0], m[1], m[2], m[3], m.index, m.input, m.length);
console.log(/abc/i.test("ABC"), /^b/m.test("a\nb"), /^b/.test("a\nb"), /a.c/s.test("a\nc"), /a.c/.test("a\nc"));
const named = /(?<year>\d+)\/(?<month>\d+)/.exec("on 2023/07");
console.log(named.groups.year, named.groups.month);
const g = /o/g;
console.log(g.exec("foo boo").index, g.lastIndex, g.exec("foo boo").index, g.lastIndex);
console.log(g.exec("foo boo").index, g.exec("foo boo"), g.lastIndex);
console.log(re.source, re.flags, /x/gimsy.flags, re.global, g.global);
console.log(String(/a\/b/g), /[a-z]+/.toString());
console.log(/\bcat\b/.test("concat"), /\bcat\b/.test("a cat"), /colou?r/.test("color"), /x*/.exec("yyy")[0] === "");
console.log(/(a)|(b)/.exec("b"));
