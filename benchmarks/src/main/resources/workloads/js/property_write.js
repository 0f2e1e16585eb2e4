// One operation: write an existing own property.
const counter = { count: 0 };

globalThis.bench = function bench(n) {
    for (let i = 0; i < n; i++) {
        counter.count = i;
    }
    return counter.count;
};
