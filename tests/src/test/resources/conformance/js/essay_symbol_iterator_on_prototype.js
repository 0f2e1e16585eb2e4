// Symbol.iterator works on objects and on prototypes alike.
let own = {
    items: ["a", "b"],
    [Symbol.iterator]() {
        let i = 0, items = this.items;
        return { next: () => (i < items.length ? { value: items[i++], done: false } : { value: undefined, done: true }) };
    },
};
for (const x of own) console.log("own", x);

function Range(lo, hi) { this.lo = lo; this.hi = hi; }
Range.prototype[Symbol.iterator] = function () {
    let cur = this.lo, hi = this.hi;
    return { next() { return cur < hi ? { value: cur++, done: false } : { done: true }; } };
};
let r = new Range(1, 4);
for (const x of r) console.log("proto", x);
console.log([...r], Array.from(new Range(5, 7)));
console.log(r.hasOwnProperty(Symbol.iterator));
