// for-of over arrays, strings, Maps, Sets, arguments and custom iterables.
for (const x of [1, , 3]) console.log("arr", x);
for (const ch of "a\u{1F600}b") console.log("str", ch, ch.length);
for (const [k, v] of new Map([["one", 1], ["two", 2]])) console.log("map", k, v);
for (const s of new Set(["x", "x", "y"])) console.log("set", s);
(function () { for (const a of arguments) console.log("arg", a); })("p", "q");
for (const [i, v] of ["a", "b"].entries()) console.log("entry", i, v);
const it = {
    [Symbol.iterator]() {
        let n = 0;
        return {
            next() { n++; return n <= 3 ? { value: n * n, done: false } : { value: "ret", done: true }; },
            return() { console.log("return() called"); return {}; },
        };
    },
};
for (const v of it) console.log("custom", v);
for (const v of it) { if (v > 1) break; console.log("before break", v); }
try { for (const v of 5) {} } catch (e) { console.log(e.message); }
const plain = { a: 1 };
try { for (const v of plain) {} } catch (e) { console.log(e.message); }
