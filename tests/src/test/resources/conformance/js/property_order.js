// Own keys: integer-like keys ascending, then strings in insertion order, then symbols.
const o = {};
o.b = 1; o[10] = 1; o.a = 1; o[2] = 1; o["-1"] = 1; o["01"] = 1; o[Symbol("s1")] = 1;
o[1.5] = 1; o["4294967294"] = 1; o["4294967295"] = 1; o[0] = 1; o[Symbol("s2")] = 1;
console.log(Object.keys(o));
console.log(Reflect.ownKeys(o));
console.log(JSON.stringify(o));
console.log(o);
delete o.b;
o.b = 2;
console.log(Object.keys(o).slice(-2));
const arr = ["x", "y"];
arr.extra = true;
arr[5] = "z";
console.log(Object.keys(arr), arr);
console.log(Object.entries({ 3: "c", 1: "a", z: "last", 2: "b" }));
console.log(Object.getOwnPropertySymbols(o).map(String));
