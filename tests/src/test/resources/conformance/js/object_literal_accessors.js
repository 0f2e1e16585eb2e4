// get/set in object literals.
const temp = {
    _c: 25,
    get f() { return this._c * 9 / 5 + 32; },
    set f(v) { this._c = (v - 32) * 5 / 9; },
    get readOnly() { return "ro"; },
    set writeOnly(v) { this.log = "wrote " + v; },
};
console.log(temp.f);
temp.f = 212;
console.log(temp._c, temp.f);
temp.readOnly = "ignored";
console.log(temp.readOnly);
temp.writeOnly = 5;
console.log(temp.writeOnly, temp.log);
console.log(temp);
const d = Object.getOwnPropertyDescriptor(temp, "f");
console.log(typeof d.get, typeof d.set, d.enumerable, d.configurable, "value" in d);
(function () {
    "use strict";
    try { temp.readOnly = 1; } catch (e) { console.log(e.message); }
})();
