// Symbol.toPrimitive receives the hint; valueOf/toString order otherwise.
const money = {
    amount: 42,
    [Symbol.toPrimitive](hint) {
        console.log("hint:", hint);
        return hint === "number" ? this.amount : hint === "string" ? `$${this.amount}` : "default:" + this.amount;
    },
};
console.log(+money);
console.log(`${money}`);
console.log(money + 1);
console.log(money * 2);
console.log(money == "default:42");
console.log(String(money), [money].join(), money < 50);
const bad = { [Symbol.toPrimitive]() { return {}; } };
try { bad + 1; } catch (e) { console.log(e.name + ": " + e.message); }
const notFn = { [Symbol.toPrimitive]: 5 };
try { `${notFn}`; } catch (e) { console.log(e.message); }
