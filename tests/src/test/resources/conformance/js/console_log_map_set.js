// Map and Set printing, incl. nesting and empty ones.
console.log(new Map(), new Set());
console.log(new Map([["a", 1], [2, "b"], [{ k: 1 }, [1, 2]]]));
console.log(new Set([1, "two", [3], { four: 4 }]));
console.log(new Map([["nested", new Map([["inner", new Set([1])]])]]));
console.log([new Map([[1, 2]]), new Set([3])]);
console.log({ m: new Map([["key", "value"]]) });
const big = new Map();
for (let i = 0; i < 8; i++) big.set("key" + i, i * 100);
console.log(big);
const bigSet = new Set();
for (let i = 0; i < 30; i++) bigSet.add(i);
console.log(bigSet);
