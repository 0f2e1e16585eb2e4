// defineProperty defaults everything to false; assignment defaults to true.
const o = {};
o.assigned = 1;
Object.defineProperty(o, "defined", { value: 2 });
console.log(Object.getOwnPropertyDescriptor(o, "assigned"));
console.log(Object.getOwnPropertyDescriptor(o, "defined"));
console.log(o, Object.keys(o), JSON.stringify(o));
o.defined = 99;
console.log(o.defined);
try { Object.defineProperty(o, "defined", { value: 3 }); } catch (e) { console.log(e.message); }
try { Object.defineProperty(o, "defined", { enumerable: true }); } catch (e) { console.log(e.message); }
Object.defineProperty(o, "defined", { value: 2 });
console.log("same value redefinition allowed");
Object.defineProperty(o, "assigned", { enumerable: false });
console.log(Object.keys(o), o.assigned);
console.log(Object.getOwnPropertyDescriptor(o, "nope"));
try { Object.defineProperty(o, "bad", { value: 1, get() {} }); } catch (e) { console.log(e.message); }
try { Object.defineProperty(1, "x", {}); } catch (e) { console.log(e.message); }
console.log(Object.getOwnPropertyDescriptors({ a: 1, get b() { return 2; } }));
