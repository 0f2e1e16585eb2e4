// let and const are block scoped.
let x = "outer";
{
    let x = "inner";
    const y = "block const";
    console.log(x, y);
}
console.log(x, typeof y);
if (true) {
    let x = "if block";
    console.log(x);
}
console.log(x);
const obj = { n: 1 };
obj.n = 2;
console.log(obj);
for (let i = 0; i < 2; i++) {
    let i2 = i * 10;
    console.log(i, i2);
}
console.log(typeof i, typeof i2);
switch (1) {
    case 1: { let s = "case scope"; console.log(s); }
}
