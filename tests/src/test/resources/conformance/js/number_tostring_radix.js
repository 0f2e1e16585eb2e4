// Number.prototype.toString(radix).
console.log((255).toString(16), (255).toString(2), (255).toString(8), (255).toString(36), (-255).toString(16));
console.log((0.5).toString(2), (0.1).toString(2), (3.75).toString(16), (1e21).toString(36), (35).toString(36));
console.log((0).toString(2), (-0).toString(16), NaN.toString(2), Infinity.toString(16));
try { (10).toString(1); } catch (e) { console.log(e.name + ": " + e.message); }
try { (10).toString(37); } catch (e) { console.log(e.message); }
console.log(parseInt((123456789).toString(36), 36), (2 ** 53).toString(2).length);
console.log(Number.prototype.toString.call(7, 7), (10).toString(undefined));
