// Non-writable properties: silent failure in sloppy mode, TypeError in strict mode.
const o = {};
Object.defineProperty(o, "fixed", { value: 1, writable: false, enumerable: true, configurable: true });
o.fixed = 2;
console.log(o.fixed);
function strictWrite() {
    "use strict";
    o.fixed = 3;
}
try { strictWrite(); } catch (e) { console.log(e.name + ": " + e.message); }
const child = Object.create(o);
child.fixed = 4;
console.log(child.fixed, child.hasOwnProperty("fixed"));
Object.defineProperty(child, "fixed", { value: 5, writable: true, enumerable: true, configurable: true });
console.log(child.fixed, o.fixed);
Object.defineProperty(o, "fixed", { writable: true });
o.fixed = 6;
console.log(o.fixed);
const arr = [1, 2, 3];
Object.defineProperty(arr, "length", { writable: false });
try { "use strict"; arr.push(4); } catch (e) { console.log(e.message); }
console.log(arr);
