// ToPrimitive without Symbol.toPrimitive: valueOf first for number/default, toString first for string.
const log = [];
const obj = {
    valueOf() { log.push("valueOf"); return 10; },
    toString() { log.push("toString"); return "str"; },
};
console.log(obj + 1, `${obj}`, obj * 2, String(obj), obj + "", [obj] + "");
console.log(log.join(","));
const onlyToString = { toString() { return "7"; } };
console.log(onlyToString * 2, onlyToString + 1, onlyToString - 0);
const valueOfReturnsObject = { valueOf() { return {}; }, toString() { return "fallback"; } };
console.log(valueOfReturnsObject + 1);
const neither = { valueOf() { return {}; }, toString() { return {}; } };
try { neither + 1; } catch (e) { console.log(e.name + ": " + e.message); }
const nullProto = Object.create(null);
try { `${nullProto}`; } catch (e) { console.log(e.message); }
console.log([1] * [2], [] * 2, [3] + [4], {} + [], ({}) * 1);
console.log(true + true, "3" * "4", "3" + 4 * 5, null + "x", [null] + "", [undefined] == "");
