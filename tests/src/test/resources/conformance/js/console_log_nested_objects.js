// Nesting deeper than 2 levels prints [Object] / [Array].
console.log({ a: { b: { c: { d: 1 } } } });
console.log({ a: { b: { c: [1, 2] } } });
console.log({ a: { b: { c: {} } } }, { a: { b: { c: [] } } });
console.log([[[[1]]]], [[[["deep"]]]]);
console.log({ l1: { l2: { l3: { l4: "hidden" }, sibling: 1 } } });
const m = new Map([["outer", { inner: { deeper: { deepest: 1 } } }]]);
console.log(m);
class Node { constructor(v, next) { this.v = v; this.next = next; } }
console.log(new Node(1, new Node(2, new Node(3, new Node(4, null)))));
