// Function arguments and returns that are ints, doubles, or ints computed as doubles.
function retInt() { return 2; }
function retDouble() { return 4 / 2; }
function retFrac() { return 2.5; }
function retBig() { return 2147483647 + 1; }
function retNegZero() { return -0; }
console.log('ret ===', retInt() === retDouble(), retInt() === retFrac() - 0.5, Object.is(retInt(), retDouble()));
console.log('ret big', retBig(), retBig() === 2 ** 31, retBig() - 1 === 2147483647);
console.log('ret -0', Object.is(retNegZero(), -0), 1 / retNegZero());
function id(x) { return x; }
console.log('id', id(1) === id(1.0), id(1.5) + id(0.5) === id(2), Object.is(id(-0), -0));
function poly(x) { return x * 2; }
console.log('poly', poly(1), poly(1.5), poly(2147483647), poly('3'), poly(-0), Object.is(poly(-0), -0));
function args() { return arguments.length; }
console.log('arguments.length', args(), args(1), args(1, 2.5), args(...[1, 2, 3]), typeof args());
function def(a, b = a / 2, c = b * 2) { return [a, b, c]; }
console.log('defaults', def(4), def(3), def(2147483647), def(1, 0));
function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
console.log('fib(25)', fib(25), fib(25) === 75025);
function fibd(n) { return n < 2 ? n * 1.0 : fibd(n - 1) + fibd(n - 2); }
console.log('fibd(20)', fibd(20), fibd(20) === fib(20));
function fact(n) { return n <= 1 ? 1 : n * fact(n - 1); }
console.log('fact', fact(12), fact(13), fact(13) > 2147483647, fact(20), fact(25));
const obj = {
  n: 13,
  low2() { return this.n & 3; },
  get twice() { return this.n * 2; },
  get half() { return this.n / 2; },
  set val(v) { this.n = v; },
};
console.log('method', obj.low2(), obj.twice, obj.half, typeof obj.twice);
obj.val = 2147483647;
console.log('after set', obj.twice, obj.half, obj.low2());
obj.val = 4.0;
console.log('after set 4.0', obj.twice, obj.half === 2, obj.low2());
class Acc {
  constructor() { this.total = 0; }
  add(v) { this.total += v; return this; }
  get value() { return this.total; }
}
const acc = new Acc().add(1).add(2.5).add(-0.5);
console.log('class', acc.value, acc.value === 3, Number.isInteger(acc.value));
const acc2 = new Acc().add(2147483647).add(1).add(-1);
console.log('class big', acc2.value, acc2.value === 2147483647);
const arrow = (a, b) => a / b;
console.log('arrow', arrow(6, 3) === 2, arrow(7, 2), arrow(-0, 5), Object.is(arrow(0, -5), -0));
const bound = Math.max.bind(null, 1.5);
console.log('bound', bound(1), bound(2), bound(2) === 2);
console.log('call/apply', fact.call(null, 5), Math.min.apply(null, [3, 1.0, 2]), [1, 2, 3].map(Number.isInteger));
function sumAll(...xs) { return xs.reduce((a, b) => a + b, 0); }
console.log('rest', sumAll(), sumAll(1, 2, 3), sumAll(0.5, 0.5), sumAll(2147483647, 2147483647), Number.isInteger(sumAll(0.5, 0.5)));
function gen(n) { return function () { return n++; }; }
const g = gen(2147483646);
console.log('closure ret', g(), g(), g(), g());
function* nums() { yield 1; yield 1.5; yield 4 / 2; yield 2 ** 31; }
console.log('generator', [...nums()], [...nums()].map(Number.isInteger));
function ternary(x) { return x > 0 ? 1 : 0.5; }
console.log('ternary', ternary(1) + ternary(-1), ternary(1) === 1.0);
console.log('recursion sum', (function s(n) { return n === 0 ? 0 : n + s(n - 1); })(1000));
