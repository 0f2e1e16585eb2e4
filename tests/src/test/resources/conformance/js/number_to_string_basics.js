// Number-to-string conversion as ECMAScript specifies it.
const values = [0, -0, 1, -1, 0.1 + 0.2, 0.1, 1 / 3, 2 / 3, 100, 1e21, 1e20, 123456789012345680000, 1.5e-7, 0.000001, 0.0000001,
    1e300 * 10, -1e300 * 1e10, 0 / 0, 5e-324, 1.7976931348623157e308, 2 ** 53, 2 ** 64, 123.456, -1.5e-10, 4.35, 0.5e-6];
for (const v of values) console.log(String(v), v);
console.log([-0], { z: -0 }, `${-0}`, JSON.stringify(-0), (-0).toString());
console.log(1e21 + "", 999999999999999999999 + "", 1e-6 + "", 1e-7 + "");
