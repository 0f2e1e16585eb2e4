// One operation: read a property found on the receiver's prototype (one link up).
function Base() {}
Base.prototype.value = 1;

const obj = new Base();

globalThis.bench = function bench(n) {
    let total = 0;
    for (let i = 0; i < n; i++) {
        total += obj.value;
    }
    return total;
};
