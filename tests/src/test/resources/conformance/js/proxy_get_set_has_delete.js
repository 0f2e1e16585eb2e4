// Proxy traps: get, set, has, deleteProperty, with a logging handler.
const log = [];
const target = { a: 1, b: 2 };
const p = new Proxy(target, {
    get(t, key, receiver) { log.push("get " + String(key)); return key in t ? t[key] : "default for " + String(key); },
    set(t, key, value, receiver) { log.push("set " + key + "=" + value); if (value < 0) return false; t[key] = value * 10; return true; },
    has(t, key) { log.push("has " + key); return key.startsWith("a"); },
    deleteProperty(t, key) { log.push("delete " + key); if (key === "b") return false; delete t[key]; return true; },
});
console.log(p.a, p.zzz);
p.c = 3;
console.log(target.c);
p.neg = -1;
console.log("neg" in target);
console.log("a" in p, "b" in p, "anything" in p);
console.log(delete p.a, delete p.b, target);
console.log(log);
(function () {
    "use strict";
    try { p.neg = -5; } catch (e) { console.log(e.message); }
    try { delete p.b; } catch (e) { console.log(e.message); }
})();
const inherit = Object.create(p);
console.log(inherit.a);
