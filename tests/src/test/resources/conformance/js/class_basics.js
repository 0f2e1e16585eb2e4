// Class declarations: constructor, methods, accessors, typeof, non-enumerability.
class Account {
    constructor(owner, balance = 0) {
        this.owner = owner;
        this.balance = balance;
    }
    deposit(n) { this.balance += n; return this; }
    get summary() { return `${this.owner}: ${this.balance}`; }
    set summary(v) { throw new Error("read-only summary: " + v); }
    toString() { return `Account(${this.owner})`; }
}
const acct = new Account("ann").deposit(10).deposit(5);
console.log(acct, acct.summary, String(acct), `${acct}`);
try { acct.summary = "x"; } catch (e) { console.log(e.message); }
console.log(typeof Account, Account.name, Account.length);
console.log(Object.keys(Account.prototype), Object.getOwnPropertyNames(Account.prototype));
const desc = Object.getOwnPropertyDescriptor(Account.prototype, "deposit");
console.log(desc.enumerable, desc.writable, desc.configurable);
console.log(Object.getOwnPropertyDescriptor(Account, "prototype").writable);
const Expr = class {};
const NamedExpr = class Inner { who() { return Inner.name; } };
console.log(Expr.name, NamedExpr.name, new NamedExpr().who(), typeof Inner);
console.log(Account, Expr, NamedExpr);
