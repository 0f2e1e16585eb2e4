// join, concat, flat, flatMap, fill, toString.
console.log([1, 2, 3].join(), [1, 2, 3].join(""), [1, 2, 3].join(" - "), [null, undefined, 1].join("|"), [].join());
console.log([[1, 2], [3]].join(";"), [{}].join(), [1, [2, [3, [4]]]].toString());
console.log([1].concat(2, [3, 4], [[5]]), [].concat("a", "b"));
console.log([1, [2, [3, [4]]]].flat(), [1, [2, [3, [4]]]].flat(2), [1, [2, [3, [4]]]].flat(Infinity));
console.log([1, , 3].flat(), [[1, 2], [3]].flatMap((x) => x), ["a b", "c"].flatMap((s) => s.split(" ")));
console.log(new Array(3).fill(0), [1, 2, 3, 4].fill("x", 1, 3), [1, 2, 3].fill(9, -1));
console.log(Array(3).join("-"), [undefined].join() === "");
const self = [1];
self.push(self);
console.log(self.join(), String(self));
