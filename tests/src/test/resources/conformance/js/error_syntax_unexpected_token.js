// Early SyntaxError: a binary operator without a right operand.
console.log("this line never runs: the whole script fails to parse");
let total = 1 +;
console.log(total);
