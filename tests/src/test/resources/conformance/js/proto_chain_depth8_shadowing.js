// A deep chain (8 prototypes): lookups, late additions, deletions and setPrototypeOf.
let proto = { depth: 8, name: "root" };
const chain = [proto];
for (let d = 7; d >= 1; d--) {
    proto = Object.create(proto);
    proto["at" + d] = d;
    chain.push(proto);
}
const leaf = Object.create(proto);
console.log(leaf.depth, leaf.name, leaf.at1, leaf.at7, leaf.at8);
let sum = 0;
for (let i = 0; i < 1000; i++) sum += leaf.depth;
console.log(sum);
chain[4].depth = "shadowed at chain[4]";
console.log(leaf.depth);
delete chain[4].depth;
console.log(leaf.depth);
chain[0].late = "added to root later";
console.log(leaf.late);
Object.setPrototypeOf(chain[3], { name: "replacement root" });
console.log(leaf.name, leaf.depth, leaf.late, leaf.at1, leaf.at4, leaf.at5);
let hops = 0;
for (let p = leaf; p; p = Object.getPrototypeOf(p)) hops++;
console.log(hops);
