// #private fields, methods, accessors, and `#x in obj`.
class Counter {
    #count = 0;
    static #instances = 0;
    constructor() { Counter.#instances++; }
    #bump(n) { this.#count += n; }
    get #doubled() { return this.#count * 2; }
    inc(n = 1) { this.#bump(n); return this; }
    get value() { return this.#count; }
    get doubled() { return this.#doubled; }
    static instances() { return Counter.#instances; }
    static isCounter(o) { return #count in o; }
    equals(other) { return this.#count === other.#count; }
}
const c = new Counter().inc().inc(5);
console.log(c.value, c.doubled, Counter.instances());
console.log(c, Object.keys(c), JSON.stringify(c));
console.log(Counter.isCounter(c), Counter.isCounter({}));
console.log(c.equals(new Counter().inc(6)), Counter.instances());
try { c.equals({}); } catch (e) { console.log(e.name + ": " + e.message); }
try { Counter.prototype.inc.call({}); } catch (e) { console.log(e.name + ": " + e.message); }
const getValue = Object.getOwnPropertyDescriptor(Counter.prototype, "value").get;
try { getValue.call({}); } catch (e) { console.log(e.message); }
console.log(c["#count"], "#count" in c);
class Sub extends Counter { peek() { return this.value; } }
console.log(new Sub().inc(3).peek(), Counter.isCounter(new Sub()));
