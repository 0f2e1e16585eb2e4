// Numeric literal forms.
console.log(0x1F, 0XfF, 0o17, 0O7, 0b1010, 0B11, 1_000_000, 0.000_001, 1e3, 1E-3, .5, 5., 0.1e2);
console.log(1.0, 100.50, 9007199254740993, 0.1 * 0.1, 123e-20, 5e-7, 1e100, 2e-308 / 1e10);
console.log((42).toString(), 42..toString(), 42 .toString(), (0x10).toString(16));
console.log(Number.MAX_SAFE_INTEGER + 2, -0x10, +"0b11", Number("0o10"), Number("1_000"));
