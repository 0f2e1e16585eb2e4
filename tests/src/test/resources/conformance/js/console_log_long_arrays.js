// Arrays of more than 6 short items are grouped into aligned columns; over 100 items are truncated.
console.log([1, 2, 3, 4, 5, 6]);
console.log([1, 2, 3, 4, 5, 6, 7]);
console.log(Array.from({ length: 26 }, (_, i) => i * i));
console.log(Array.from({ length: 12 }, (_, i) => String.fromCharCode(97 + i).repeat(i % 4 + 1)));
console.log(Array.from({ length: 120 }, (_, i) => i));
console.log([1.5, -2, 300, 4000, 5, 60000, 7, 8.25, 9, 10]);
console.log(["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa", "lambda", "mu"]);
