// Each iteration of a for-let loop gets a fresh binding; var shares one.
var fromVar = [];
for (var i = 0; i < 3; i++) fromVar.push(() => i);
console.log(fromVar.map((f) => f()));
let fromLet = [];
for (let j = 0; j < 3; j++) fromLet.push(() => j);
console.log(fromLet.map((f) => f()));
let fromOf = [];
for (const k of ["a", "b", "c"]) fromOf.push(() => k);
console.log(fromOf.map((f) => f()));
let fromIn = [];
for (const key in { p: 1, q: 2 }) fromIn.push(() => key);
console.log(fromIn.map((f) => f()));
let mutated = [];
for (let m = 0; m < 3; m++) { mutated.push(() => m); m++; }
console.log(mutated.map((f) => f()));
