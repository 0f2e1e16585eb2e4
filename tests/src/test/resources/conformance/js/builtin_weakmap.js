// WeakMap: object keys only, no iteration.
const wm = new WeakMap();
const k1 = {}, k2 = function () {};
wm.set(k1, "one").set(k2, "two");
console.log(wm.get(k1), wm.get(k2), wm.has(k1), wm.has({}), wm.get({}));
console.log(wm.delete(k1), wm.has(k1), wm.delete(k1));
try { wm.set("str", 1); } catch (e) { console.log(e.name + ": " + e.message); }
try { wm.set(1, 1); } catch (e) { console.log(e.message); }
console.log(wm.get("str"), wm.has(1), typeof wm.size, typeof wm.forEach);
console.log(wm);
const priv = new WeakMap();
class Person {
    constructor(name) { priv.set(this, { name }); }
    get name() { return priv.get(this).name; }
}
console.log(new Person("weak").name, Object.keys(new Person("x")));
console.log(Object.prototype.toString.call(wm), new WeakSet([k2]).has(k2));
