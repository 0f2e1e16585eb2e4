// One operation: read a property found three prototypes up the chain.
function A() {}
A.prototype.value = 1;
function B() {}
B.prototype = Object.create(A.prototype);
function C() {}
C.prototype = Object.create(B.prototype);

const obj = new C();

globalThis.bench = function bench(n) {
    let total = 0;
    for (let i = 0; i < n; i++) {
        total += obj.value;
    }
    return total;
};
