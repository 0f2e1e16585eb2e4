// String.prototype.replace / replaceAll with regexes, $-patterns and functions.
console.log("a-b-c".replace("-", "+"), "a-b-c".replace(/-/g, "+"), "a-b-c".replaceAll("-", "+"));
console.log("John Smith".replace(/(\w+)\s(\w+)/, "$2, $1"));
console.log("price: 10".replace(/\d+/, "$$$&.00"));
console.log("aaa".replace(/a/g, (m, offset) => offset));
console.log("x1y22z333".replace(/\d+/g, (d) => "<" + d.length + ">"));
console.log("2024-01-15".replace(/(?<y>\d+)-(?<m>\d+)-(?<d>\d+)/, "$<d>/$<m>/$<y>"));
console.log("Hello World".replace(/o/gi, "0"), "HELLO".replace(/l/i, "_"));
console.log("abc".replace(/(b)/, "[$1|$`|$']"));
console.log("camelCaseString".replace(/[A-Z]/g, (c) => "_" + c.toLowerCase()));
console.log("  trim me  ".replace(/^\s+|\s+$/g, ""));
console.log("abc".replace(/x/, "y"), "abc".replace("", "^"));
try { "a".replaceAll(/a/, "b"); } catch (e) { console.log(e.message); }
