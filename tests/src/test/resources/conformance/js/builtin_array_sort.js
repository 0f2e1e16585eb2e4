// sort: default is by string; comparator; stability; undefined and holes last.
console.log([10, 9, 1, 100, 25].sort());
console.log([10, 9, 1, 100, 25].sort((x, y) => x - y));
console.log(["banana", "apple", "Cherry", "apple2"].sort());
const people = [
    { name: "a", age: 30 }, { name: "b", age: 25 }, { name: "c", age: 30 }, { name: "d", age: 25 },
];
console.log(people.sort((p, q) => p.age - q.age).map((p) => p.name).join(""));
console.log([3, undefined, 1, , 2].sort());
const arr = [3, 1, 2];
console.log(arr.sort() === arr, arr.reverse(), arr);
console.log([true, false, null, "null", 0].sort());
console.log([1, 2, 3].toSorted((x, y) => y - x), ["b", "a"].toReversed());
try { [1, 2].sort("not a function"); } catch (e) { console.log(e.message); }
