// + concatenates if either side is a string after ToPrimitive; others go numeric.
console.log(1 + 2, "1" + 2, 1 + "2", 1 + 2 + "3", "1" + 2 + 3);
console.log("5" - 2, "5" * "2", "10" / "4", "7" % "4", -"3", +"", +" 42 ", +"0x1f", +"1e3", +"abc");
console.log(true + 1, null + 1, undefined + 1, [] + [], [] + {}, [1, 2] + [3]);
console.log(1 / 0, -1 / 0, 0 / 0, -0 === 0, Object.is(-0, 0), 1 / -0);
console.log(5 % 3, -5 % 3, 5 % -3, 5.5 % 2, 2 ** 53 + 1);
console.log(0.1 + 0.2, 0.1 * 3, 9007199254740993, 1 - 0.9);
console.log(7 / 2 | 0, ~~-7.9, -7 >> 1, -7 >>> 0, 1 << 31, 1 << 32, ~5, 5 & 3, 5 | 3, 5 ^ 3);
let i = "5";
i++;
console.log(i, typeof i);
let j = "x";
j--;
console.log(j);
console.log(+[], +[5], +[1, 2], +{}, +null, +undefined, +true, +"-0");
