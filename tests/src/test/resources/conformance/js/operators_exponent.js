// ** is right-associative and binds tighter than unary only with parentheses.
console.log(2 ** 10, 2 ** -1, 2 ** 0.5, (-2) ** 3, (-8) ** (1 / 3));
console.log(2 ** 3 ** 2, (2 ** 3) ** 2);
console.log(0 ** 0, NaN ** 0, 1 ** Infinity, Infinity ** -1, 10 ** 21, 10 ** -7);
let x = 3;
x **= 2;
console.log(x);
console.log(-(2 ** 2), Math.pow(2, 10) === 2 ** 10);
console.log("3" ** "2", null ** 2, [2] ** 2);
