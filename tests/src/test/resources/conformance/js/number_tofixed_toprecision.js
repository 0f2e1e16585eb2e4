// toFixed, toPrecision, toExponential.
const n = 123.456;
console.log(n.toFixed(), n.toFixed(1), n.toFixed(2), n.toFixed(5), (0).toFixed(2), (-1.5).toFixed(0), (1.005).toFixed(2), (1.45).toFixed(1));
console.log((1e21).toFixed(2), (0.000001).toFixed(7), (2.5).toFixed(0), (-0).toFixed(1), NaN.toFixed(2));
console.log(n.toPrecision(), n.toPrecision(1), n.toPrecision(2), n.toPrecision(4), n.toPrecision(8), (0.00012345).toPrecision(2), (123456).toPrecision(2));
console.log(n.toExponential(), n.toExponential(2), (0).toExponential(), (1e-10).toExponential(3), (5).toExponential(0));
try { n.toFixed(101); } catch (e) { console.log(e.name + ": " + e.message); }
try { n.toPrecision(0); } catch (e) { console.log(e.name + ": " + e.message); }
console.log(Infinity.toFixed(2), (-Infinity).toPrecision(3), (12.5).toFixed(0), (13.5).toFixed(0));
