// Number statics and parsing.
console.log(Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER, Number.EPSILON, Number.MAX_VALUE, Number.MIN_VALUE);
console.log(Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, Number.NaN);
console.log(Number.isInteger(5), Number.isInteger(5.0), Number.isInteger(5.5), Number.isInteger("5"), Number.isSafeInteger(2 ** 53));
console.log(Number.isNaN(NaN), Number.isNaN("abc"), isNaN("abc"), Number.isFinite("5"), isFinite("5"), isFinite(Infinity));
console.log(Number("42"), Number(""), Number(" 12 "), Number("12px"), Number("0b101"), Number("0o17"), Number("0xff"), Number(null), Number(undefined), Number([]), Number(["7"]), Number(true));
console.log(parseInt("42px"), parseInt("  -17.9"), parseInt("0x1A"), parseInt("101", 2), parseInt("z", 36), parseInt(""), parseInt("abc"), parseInt(0.0000005));
console.log(parseFloat("3.14abc"), parseFloat(".5"), parseFloat("-1e3x"), parseFloat("Infinityx"), parseFloat("e5"));
console.log(Number.parseFloat === parseFloat, Number.parseInt === parseInt);
console.log(Number("1_000"), Number("Infinity"), Number("-Infinity"), Number("infinity"));
