// Adding accessors to a class prototype after the fact; validation in setters.
class Person {
    constructor(first, last) { this.first = first; this.last = last; }
}
Object.defineProperty(Person.prototype, "fullName", {
    get() { return `${this.first} ${this.last}`; },
    set(v) {
        if (typeof v !== "string" || !v.includes(" ")) throw new TypeError("expected 'First Last', got " + JSON.stringify(v));
        [this.first, this.last] = v.split(" ");
    },
    configurable: true,
});
const p = new Person("Ada", "Lovelace");
console.log(p.fullName);
p.fullName = "Grace Hopper";
console.log(p, p.fullName);
try { p.fullName = "Mononym"; } catch (e) { console.log(e.name + ": " + e.message); }
try { p.fullName = 42; } catch (e) { console.log(e.message); }
console.log(Object.keys(p), "fullName" in p, p.hasOwnProperty("fullName"));
delete Person.prototype.fullName;
console.log(p.fullName);
