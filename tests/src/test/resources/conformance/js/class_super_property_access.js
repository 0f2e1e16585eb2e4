// super.x reads from the home object's prototype with `this` as receiver; super in object literals.
const base = {
    greet() { return "base greet, name=" + this.name; },
    get who() { return "getter sees " + this.name; },
};
const derived = {
    __proto__: base,
    name: "derived",
    greet() { return "derived > " + super.greet(); },
    get who() { return super.who + "!"; },
};
console.log(derived.greet(), derived.who);
const borrowed = { name: "borrowed", greet: derived.greet };
console.log(borrowed.greet());
class A {
    constructor() { this.tag = "A-instance"; }
    m() { return "A.m on " + this.tag; }
    set val(v) { this.stored = "A setter " + v; }
}
class B extends A {
    m() { return "B.m > " + super.m(); }
    setViaSuper() { super.val = 5; super.plain = "written to this"; return [this.stored, this.plain]; }
    arrow() { return (() => super.m())(); }
}
const b = new B();
console.log(b.m(), b.setViaSuper(), b.arrow());
class C extends B { m() { return "C.m > " + super.m(); } }
console.log(new C().m());
