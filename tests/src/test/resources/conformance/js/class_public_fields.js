// Public instance fields: initialised per instance, before the constructor body, after super().
let counter = 0;
class Widget {
    id = ++counter;
    name = "widget";
    tags = [];
    computed = this.name + "#" + this.id;
    ["dyn" + "amic"] = true;
    noInit;
    arrow = () => this.name;
    constructor(name) {
        console.log("in constructor, field already", this.name);
        if (name) this.name = name;
    }
}
const w1 = new Widget(), w2 = new Widget("other");
console.log(w1);
console.log(w2.tags === w1.tags, w2.computed, w2.arrow.call(null));
console.log(Object.keys(w1));
class Base { constructor() { console.log("Base sees field?", this.sub); } }
class Sub extends Base {
    sub = "sub field";
    constructor() { super(); console.log("after super", this.sub); }
}
new Sub();
class Shadow { value = "field"; get value2() { return "x"; } }
Object.defineProperty(Shadow.prototype, "value", { set(v) { console.log("setter not called", v); } });
console.log(new Shadow().value);
