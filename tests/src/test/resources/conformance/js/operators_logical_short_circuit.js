// && and || return operands and short-circuit.
const log = [];
const t = (v) => { log.push(v); return v; };
console.log(t(1) && t(0) && t(2));
console.log(t(0) || t("") || t("last"));
console.log(t(null) && t("never"));
console.log(t("first") || t("never"));
console.log(log);
console.log(!0, !"", !"0", ![], !{}, !!NaN, !!-1, !!null, !!Symbol());
console.log(1 && "a" || "b", 0 && "a" || "b", (null ?? 0) || "c");
