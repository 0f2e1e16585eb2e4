// Symbol: uniqueness, description, Symbol.for/keyFor, as property keys.
const a = Symbol("tag"), b = Symbol("tag");
console.log(a === b, a.toString(), a.description, Symbol().description, typeof a);
console.log(Symbol.for("shared") === Symbol.for("shared"), Symbol.keyFor(Symbol.for("shared")), Symbol.keyFor(a));
const o = { [a]: "a-value", regular: 1 };
o[b] = "b-value";
console.log(o[a], o[b], Object.keys(o), JSON.stringify(o), Object.getOwnPropertySymbols(o).length);
console.log(o);
console.log([a, Symbol.iterator, Symbol.for("x")]);
try { new Symbol(); } catch (e) { console.log(e.message); }
try { a + ""; } catch (e) { console.log(e.message); }
try { +a; } catch (e) { console.log(e.message); }
console.log(String(a), `${a.description}`, a.toString === Symbol.prototype.toString);
console.log(Symbol.iterator.toString(), Symbol.asyncIterator.description, typeof Symbol.hasInstance);
for (const k in o) console.log("for-in only sees", k);
