// One operation: read a property found eight prototypes up the chain.
let proto = { value: 1 };
for (let level = 1; level < 8; level++) {
    proto = Object.create(proto);
}
const obj = Object.create(proto);

globalThis.bench = function bench(n) {
    let total = 0;
    for (let i = 0; i < n; i++) {
        total += obj.value;
    }
    return total;
};
