// Proxy traps: ownKeys, getOwnPropertyDescriptor, defineProperty, getPrototypeOf,
// setPrototypeOf, isExtensible, preventExtensions.
const log = [];
const target = { visible: 1, _hidden: 2 };
const p = new Proxy(target, {
    ownKeys(t) { log.push("ownKeys"); return Reflect.ownKeys(t).filter((k) => !k.startsWith("_")); },
    getOwnPropertyDescriptor(t, k) { log.push("gOPD " + k); return Reflect.getOwnPropertyDescriptor(t, k); },
    defineProperty(t, k, d) { log.push("define " + k + " " + JSON.stringify(d)); return Reflect.defineProperty(t, k, d); },
    getPrototypeOf(t) { log.push("getPrototypeOf"); return Array.prototype; },
    setPrototypeOf(t, proto) { log.push("setPrototypeOf"); return false; },
    isExtensible(t) { log.push("isExtensible"); return Reflect.isExtensible(t); },
    preventExtensions(t) { log.push("preventExtensions"); return Reflect.preventExtensions(t); },
});
console.log(Object.keys(p), Object.getOwnPropertyNames(p));
Object.defineProperty(p, "added", { value: 3, configurable: true });
p.assigned = 4;
console.log(p instanceof Array, Object.getPrototypeOf(p) === Array.prototype);
console.log(Reflect.setPrototypeOf(p, null));
console.log(Object.isExtensible(p));
Object.preventExtensions(p);
console.log(Object.isExtensible(target));
for (const line of log) console.log(line);
