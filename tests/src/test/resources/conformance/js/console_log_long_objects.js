// Objects wrap onto several lines once the single-line form exceeds the width (80 columns).
console.log({ a: 1, b: 2, c: 3 });
console.log({ first: "one", second: "two", third: "three", fourth: "four", fifth: "5" });
console.log({ first: "one", second: "two", third: "three", fourth: "four", fifth: "five!" });
console.log({ alpha: 1, beta: 2, gamma: 3, delta: 4, epsilon: 5, zeta: 6, eta: 7, theta: 8, iota: 9, kappa: 10 });
console.log({ nested: { inner: { a: "some longer text here", b: "and another longer value" } }, flag: true });
console.log({ list: ["one", "two", "three"], map: new Map([["k", 1]]), set: new Set([1, 2]), fn() {} });
console.log({ description: "a very long string value that alone is longer than the width limit of eighty" });
