// find, findIndex, findLast, indexOf, lastIndexOf, includes, some, every.
const arr = [5, 12, 8, 130, 44, 8];
console.log(arr.find((x) => x > 10), arr.findIndex((x) => x > 10), arr.find((x) => x > 1000), arr.findIndex((x) => x > 1000));
console.log(arr.findLast((x) => x > 10), arr.findLastIndex((x) => x < 10));
console.log(arr.indexOf(8), arr.lastIndexOf(8), arr.indexOf(8, 3), arr.indexOf(99), arr.indexOf(8, -2));
console.log(arr.includes(130), arr.includes("130"), [NaN].includes(NaN), [NaN].indexOf(NaN), [0].includes(-0));
console.log(arr.some((x) => x > 100), arr.every((x) => x > 1), [].some(() => true), [].every(() => false));
console.log([1, , 3].includes(undefined), [1, , 3].indexOf(undefined), [1, , 3].find((x) => x === undefined));
console.log(arr.at(0), arr.at(-1), arr.at(100));
