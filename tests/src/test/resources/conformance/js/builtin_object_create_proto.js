// Object.create (with property descriptors), getPrototypeOf, setPrototypeOf.
const proto = { hello() { return "hi " + this.name; } };
const o = Object.create(proto, {
    name: { value: "created", enumerable: true },
    secret: { value: 42 },
});
console.log(o.hello(), o, o.secret, Object.getOwnPropertyDescriptor(o, "name").writable);
console.log(Object.getPrototypeOf(o) === proto);
const n = Object.create(null);
console.log(Object.getPrototypeOf(n), n instanceof Object);
const other = { hello() { return "switched"; } };
console.log(Object.setPrototypeOf(o, other) === o, o.hello());
Object.setPrototypeOf(o, null);
console.log(Object.getPrototypeOf(o), typeof o.hello);
try { Object.create(5); } catch (e) { console.log(e.message); }
try { Object.setPrototypeOf(proto, Object.create(proto)); } catch (e) { console.log(e.message); }
console.log(Object.getPrototypeOf("str") === String.prototype, Object.getPrototypeOf(1) === Number.prototype);
try { Object.getPrototypeOf(null); } catch (e) { console.log(e.message); }
console.log(Object.setPrototypeOf(1, null));
const frozen = Object.preventExtensions({});
try { Object.setPrototypeOf(frozen, {}); } catch (e) { console.log(e.message); }
