// Class getters/setters, computed method names, symbol-keyed methods.
const methodName = "dynamicMethod";
class Temperature {
    #celsius = 0;
    get fahrenheit() { return this.#celsius * 1.8 + 32; }
    set fahrenheit(f) { this.#celsius = (f - 32) / 1.8; }
    get celsius() { return this.#celsius; }
    [methodName]() { return "dynamic!"; }
    ["comp" + "uted"]() { return "computed!"; }
    [Symbol.toPrimitive](hint) { return hint === "number" ? this.#celsius : `${this.#celsius}C`; }
    static [Symbol.for("factory")]() { return new Temperature(); }
}
const t = Temperature[Symbol.for("factory")]();
t.fahrenheit = 212;
console.log(t.celsius, t.fahrenheit, t.dynamicMethod(), t.computed());
console.log(`${t}`, +t, t + "");
console.log(Object.getOwnPropertyNames(Temperature.prototype));
console.log(t);
const d = Object.getOwnPropertyDescriptor(Temperature.prototype, "fahrenheit");
console.log(typeof d.get, typeof d.set, d.enumerable);
