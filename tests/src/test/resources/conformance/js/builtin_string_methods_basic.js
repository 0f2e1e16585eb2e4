// Common String methods.
const s = "Hello, World";
console.log(s.length, s[0], s.charAt(4), s.charAt(99) === "", s[99], s.at(-1), s.charCodeAt(0), s.codePointAt(1));
console.log(s.indexOf("o"), s.lastIndexOf("o"), s.indexOf("o", 5), s.indexOf("z"), s.includes("World"), s.includes("world"));
console.log(s.startsWith("Hell"), s.startsWith("World", 7), s.endsWith("World"), s.endsWith("Hello", 5));
console.log(s.slice(0, 5), s.slice(-5), s.slice(7, -2), s.substring(7, 0), s.substring(-3, 2), s.substr(1, 3));
console.log(s.toUpperCase(), s.toLowerCase(), "  pad ".trim() + "|", "  pad ".trimStart() + "|", "|" + "  pad ".trimEnd());
console.log("ab".repeat(3), "ab".repeat(0) === "", "5".padStart(3, "0"), "5".padEnd(4, "ab"), "long".padStart(2));
console.log("a,b,,c".split(","), "abc".split(""), s.split(", "), s.concat("!", 1, null));
console.log(String.fromCharCode(72, 105), String.fromCodePoint(128512), "\u00e9" === "é");
try { "x".repeat(-1); } catch (e) { console.log(e.name + ": " + e.message); }
console.log("abc".localeCompare("abd"), "a" < "B", "straße".toUpperCase(), "İ".toLowerCase().length);
