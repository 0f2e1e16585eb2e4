// Static methods, static fields, static blocks, static accessors, inheritance of statics.
class Config {
    static defaults = { debug: false };
    static count = 0;
    static #secret = "hidden";
    static {
        Config.count = 10;
        this.initialised = true;
        console.log("static block ran, secret =", Config.#secret);
    }
    static create() { this.count++; return new this(); }
    static get version() { return "1.0"; }
    static set version(v) { console.log("cannot set version to", v); }
    static revealSecret() { return Config.#secret; }
    static viaThis() { return this.#secret; }
}
console.log(Config.count, Config.initialised, Config.defaults, Config.version);
Config.create();
console.log(Config.count);
Config.version = "2.0";
console.log(Config.revealSecret());
class Sub extends Config {}
console.log(Sub.version, Sub.defaults === Config.defaults, Sub.hasOwnProperty("count"));
const s = Sub.create();
console.log(s instanceof Sub, Sub.count, Config.count, Sub.hasOwnProperty("count"));
console.log(Sub.revealSecret());
try { Sub.viaThis(); } catch (e) { console.log(e.name, e.message); }
console.log(Object.keys(Config));
console.log(new Config().create, typeof Config.create);
