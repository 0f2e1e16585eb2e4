// Objects with prototype-level properties print only own properties; keys order for instances.
class Config {
    constructor() { this.z = 1; this.a = 2; this[3] = "three"; this[1] = "one"; }
}
Config.prototype.inherited = "not printed";
const c = new Config();
console.log(c, Object.keys(c), c.inherited);
const byCreate = Object.create({ protoProp: 1 }, { own: { value: 2, enumerable: true } });
console.log(byCreate, byCreate.protoProp);
console.log(Object.entries(c).map(([k, v]) => k + "=" + v).join("&"));
