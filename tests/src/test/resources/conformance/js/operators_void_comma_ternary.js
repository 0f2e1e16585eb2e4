// void, the comma operator, and the conditional operator.
console.log(void 0, void "anything", void (1 + 2));
let calls = 0;
void calls++;
console.log(calls);
let x = (1, 2, 3);
console.log(x);
let i, j;
for (i = 0, j = 10; i < j; i += 3, j -= 3) console.log(i, j);
const classify = (n) => n < 0 ? "neg" : n === 0 ? "zero" : n < 10 ? "small" : "big";
console.log([-5, 0, 5, 50].map(classify));
console.log(true ? "a" : "b", 0 ? "a" : "b", "" ? "a" : "b", [] ? "truthy []" : "falsy");
let side = [];
const r = (side.push(1), side.push(2), side.length);
console.log(side, r);
