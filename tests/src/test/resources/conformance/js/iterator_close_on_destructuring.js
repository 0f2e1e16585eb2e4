// Destructuring and spread drive iterators; early exits call return().
function makeIterable(label, n) {
    return {
        [Symbol.iterator]() {
            let i = 0;
            return {
                next() { i++; console.log(label, "next", i); return { value: i, done: i > n }; },
                return() { console.log(label, "return"); return { done: true }; },
            };
        },
    };
}
const [x, y] = makeIterable("pair", 5);
console.log(x, y);
const [all, ...rest] = makeIterable("rest", 2);
console.log(all, rest);
const [] = makeIterable("empty", 3);
try {
    for (const v of makeIterable("throw", 3)) { if (v === 2) throw new Error("stop at 2"); }
} catch (e) { console.log(e.message); }
console.log(Array.from(makeIterable("from", 1)));
