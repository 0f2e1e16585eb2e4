// instanceof walks the prototype chain; `in` checks own and inherited keys.
class A {}
class B extends A {}
const b = new B();
console.log(b instanceof B, b instanceof A, b instanceof Object, b instanceof Function);
console.log([] instanceof Array, [] instanceof Object, Object.create(null) instanceof Object);
console.log(1 instanceof Number, new Number(1) instanceof Number, "s" instanceof String);
function F() {}
const f = new F();
F.prototype = {};
console.log(f instanceof F);
try { b instanceof {}; } catch (e) { console.log(e.message); }
try { b instanceof 3; } catch (e) { console.log(e.message); }
const o = { own: 1 };
console.log("own" in o, "toString" in o, "missing" in o);
console.log(0 in [5], 1 in [5], "length" in [], 2 in [1, , 3], 1 in [1, , 3]);
console.log(Symbol.iterator in [], "x" in { x: undefined });
try { "x" in "string"; } catch (e) { console.log(e.message); }
const bound = F.bind(null);
console.log(new bound() instanceof F);
