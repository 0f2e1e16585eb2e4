// How console.log shows accessors: own ones are [Getter]/[Setter], prototype ones are hidden.
class P {
    constructor() { this.x = 1; }
    get y() { return 2; }
}
const p = new P();
console.log(p);
Object.defineProperty(p, "own", { get() { return 3; }, enumerable: true });
Object.defineProperty(p, "both", { get() { return 4; }, set(v) {}, enumerable: true });
Object.defineProperty(p, "onlySet", { set(v) {}, enumerable: true });
Object.defineProperty(p, "hiddenGet", { get() { return 5; }, enumerable: false });
console.log(p);
console.log({ get a() { return 1; }, set a(v) {}, get b() { return 2; }, set c(v) {} });
