// Array.isArray, Array.from (iterables, array-likes, map function), Array.of, new Array.
console.log(Array.isArray([]), Array.isArray({ length: 0 }), Array.isArray("abc"), Array.isArray(new Proxy([], {})));
console.log(Array.from("abc"), Array.from(new Set([1, 1, 2])), Array.from({ length: 3 }, (_, i) => i * i));
console.log(Array.from({ length: 2, 0: "a", 1: "b", 2: "ignored" }), Array.from(new Map([[1, 2]])));
console.log(Array.from([1, 2], function (x) { return x + this.add; }, { add: 10 }));
console.log(Array.of(7), Array.of(1, 2, 3), new Array(3), new Array(3).length, new Array("3"), Array(1, 2));
try { new Array(-1); } catch (e) { console.log(e.name + ": " + e.message); }
try { new Array(1.5); } catch (e) { console.log(e.message); }
console.log(Array.from({ length: 2 }), [,].length, [, ,].length, [1, ,].length);
console.log(Array.prototype.length, Array.isArray(Array.prototype));
