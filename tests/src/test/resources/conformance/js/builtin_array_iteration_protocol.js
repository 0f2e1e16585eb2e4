// keys/values/entries iterators and the iterator result objects.
const arr = ["a", "b"];
const it = arr[Symbol.iterator]();
console.log(it.next(), it.next(), it.next(), it.next());
console.log([...arr.keys()], [...arr.values()], [...arr.entries()]);
console.log(arr[Symbol.iterator] === arr.values, typeof it[Symbol.iterator], it[Symbol.iterator]() === it);
const live = [1, 2];
const liveIt = live.values();
live.push(3);
console.log([...liveIt]);
console.log(Object.prototype.toString.call(it));
console.log([..."ab"].entries().next());
