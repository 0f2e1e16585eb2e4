// configurable: false forbids delete and most redefinitions.
const o = {};
Object.defineProperty(o, "locked", { value: 1, writable: true, configurable: false, enumerable: true });
console.log(delete o.locked, o.locked);
o.locked = 2;
console.log(o.locked);
Object.defineProperty(o, "locked", { value: 3 });
console.log(o.locked);
Object.defineProperty(o, "locked", { writable: false });
console.log(Object.getOwnPropertyDescriptor(o, "locked"));
try { Object.defineProperty(o, "locked", { writable: true }); } catch (e) { console.log(e.message); }
try { Object.defineProperty(o, "locked", { get() { return 1; } }); } catch (e) { console.log(e.message); }
try { Object.defineProperty(o, "locked", { configurable: true }); } catch (e) { console.log(e.message); }
Object.defineProperty(o, "acc", { get() { return "g"; }, configurable: true });
Object.defineProperty(o, "acc", { value: "now data" });
console.log(Object.getOwnPropertyDescriptor(o, "acc"));
