// The receiver argument: getters reached through a proxy see the proxy (or the inheriting object).
const target = {
    _name: "target",
    get name() { return "name via " + this._name; },
    set name(v) { this._name = v; },
};
const viaReflect = new Proxy(target, {
    get(t, k, receiver) { return Reflect.get(t, k, receiver); },
    set(t, k, v, receiver) { return Reflect.set(t, k, v, receiver); },
});
const viaTarget = new Proxy(target, {
    get(t, k) { return t[k]; },
});
const child = Object.create(viaReflect);
child._name = "child";
console.log(viaReflect.name, viaTarget.name, child.name);
const child2 = Object.create(viaTarget);
child2._name = "child2";
console.log(child2.name);
child.name = "renamed child";
console.log(child._name, target._name, child.hasOwnProperty("_name"));
const seen = [];
const spy = new Proxy({}, {
    get(t, k, r) { seen.push([String(k), r === spy || r === inheritor ? (r === spy ? "spy" : "inheritor") : "other"]); return undefined; },
});
const inheritor = Object.create(spy);
spy.a; inheritor.b;
console.log(seen);
