// Sparse arrays: holes vs undefined across methods.
const a = [1, , 3, undefined];
console.log(a.length, 1 in a, 3 in a, a[1], a);
console.log(Object.keys(a), a.map((x) => "v" + x), a.join("-"));
console.log(a.findIndex((x) => x === undefined), a.indexOf(undefined), a.includes(undefined));
console.log([...a], Array.from(a), a.flat());
const counts = { forEach: 0, forOf: 0, forIn: 0 };
a.forEach(() => counts.forEach++);
for (const x of a) counts.forOf++;
for (const k in a) counts.forIn++;
console.log(counts);
const b = [];
b.length = 3;
console.log(b, JSON.stringify(b), b.every((x) => false), b.some(() => true));
console.log([, "a"].sort(), [3, , 1].reverse(), Object.entries([, 5]));
