// Symbol.toStringTag and a hand-written iterator class.
class Countdown {
    constructor(n) { this.n = n; }
    get [Symbol.toStringTag]() { return "Countdown"; }
    [Symbol.iterator]() {
        let n = this.n;
        return {
            next: () => (n > 0 ? { value: n--, done: false } : { value: undefined, done: true }),
            [Symbol.iterator]() { return this; },
        };
    }
}
const c = new Countdown(3);
console.log(String(c), [...c], Array.from(c, (x) => x * 10));
const [first, ...rest] = c;
console.log(first, rest);
console.log(Math.max(...c), new Set(c).size, new Map([...c].map((x) => [x, x])).get(2));
const it = c[Symbol.iterator]();
console.log(it.next(), [...it]);
console.log(c);
