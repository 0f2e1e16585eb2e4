// Arrays: short ones on one line, holes, extra properties, nested arrays.
console.log([]);
console.log([1, 2, 3]);
console.log([[1, 2], [3, [4, [5, [6]]]]]);
console.log([undefined, null, NaN, -0]);
console.log([, 1, , , 2, , ]);
console.log(new Array(5));
const a = [1, 2];
a.prop = "x";
a[-1] = "neg";
console.log(a);
console.log([function named() {}, () => {}, class K {}]);
console.log([{ a: 1 }, { b: { c: { d: 1 } } }]);
console.log([[]], [{}], [[[]]]);
const sparse = [];
sparse[2] = "two";
console.log(sparse, sparse.length);
