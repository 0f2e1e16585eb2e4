// Accessor properties print as [Getter], [Setter], [Getter/Setter] without being invoked.
let invoked = 0;
const o = {
    get g() { invoked++; return 1; },
    set s(v) {},
    get gs() { return 2; }, set gs(v) {},
    plain: "value",
};
console.log(o, invoked);
console.log([o]);
class Temp { #c = 0; get f() { return 1; } }
console.log(new Temp());
console.log(Object.defineProperty({}, "visibleGetter", { get() { return 1; }, enumerable: true }));
