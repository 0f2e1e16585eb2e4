// instanceof broken by a factory can be fixed with Symbol.hasInstance.
function makeThing(n) { return { kind: "thing", n }; }
class Thing {
    static [Symbol.hasInstance](obj) {
        return obj !== null && typeof obj === "object" && obj.kind === "thing";
    }
}
let t = makeThing(1);
console.log(t instanceof Thing);
console.log({} instanceof Thing);
console.log(null instanceof Thing);
const Even = { [Symbol.hasInstance]: (n) => n % 2 === 0 };
console.log(2 instanceof Even, 3 instanceof Even);
console.log(Function.prototype[Symbol.hasInstance].call(Thing, new Thing()));
