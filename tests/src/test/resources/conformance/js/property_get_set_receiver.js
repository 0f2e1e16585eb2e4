// [[Get]] and [[Set]] pass the original receiver to accessors on the chain.
const proto = {
    get full() { return this.first + " " + this.last; },
    set full(v) { [this.first, this.last] = v.split(" "); },
};
const person = Object.create(proto);
person.first = "Ada"; person.last = "Lovelace";
console.log(person.full);
person.full = "Grace Hopper";
console.log(person.first, person.last, Object.keys(person), person.hasOwnProperty("full"));
console.log(proto.first);
const other = { first: "Alan", last: "Turing" };
console.log(Reflect.get(proto, "full", other));
Reflect.set(proto, "full", "Edsger Dijkstra", other);
console.log(other);
const plainProto = { data: "proto data" };
const kid = Object.create(plainProto);
kid.data = "own data";
console.log(kid.data, plainProto.data);
const target = {};
console.log(Reflect.set({ x: 1 }, "x", 2, target), target);
