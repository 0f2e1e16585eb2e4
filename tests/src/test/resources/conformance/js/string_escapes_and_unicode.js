// String literal escapes, surrogate pairs, length and code points.
const s = "a\tb\nc\\d\'e\"f\x41\u0042\u{43}\0end";
console.log(s);
console.log(s.length, JSON.stringify(s));
const emoji = "😀";
console.log(emoji.length, emoji.charCodeAt(0), emoji.charCodeAt(1), emoji.codePointAt(0), [...emoji].length);
console.log("\u00e9" === "e\u0301", "\u00e9".length, "e\u0301".length, "e\u0301".normalize("NFC") === "\u00e9");
console.log('single \'quoted\'', "double \"quoted\"", `line\
continuation`);
console.log("a" + "\r" + "b" === "a\rb", "\v\f".length, "\u2028".length);
console.log(["\t", "\n", "\0", "\x1b", "'", "\\"]);
console.log("abc"[1], "abc".at(-1), "😀x".slice(0, 1).length, String.fromCodePoint(0x1F600) === emoji);
