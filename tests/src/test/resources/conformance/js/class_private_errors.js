// Errors around private names.
class Box {
    #v = 1;
    #m() {}
    static read(o) { return o.#v; }
    static write(o) { o.#v = 2; }
    static callM(o) { o.#m(); }
    static writeMethod(o) { o.#m = 1; }
    get #onlyGet() { return 1; }
    static setGetter(o) { o.#onlyGet = 5; }
}
for (const [label, f] of [["read", Box.read], ["write", Box.write], ["callM", Box.callM]]) {
    try { f({}); } catch (e) { console.log(label, e.name + ": " + e.message); }
}
try { Box.writeMethod(new Box()); } catch (e) { console.log(e.name + ": " + e.message); }
try { Box.setGetter(new Box()); } catch (e) { console.log(e.name + ": " + e.message); }
console.log(Box.read(new Box()));
class Twice {
    constructor(o) { return o; }
}
class Stamper extends Twice {
    #stamp = "stamped";
    static has(o) { return #stamp in o; }
}
const target = {};
new Stamper(target);
console.log(Stamper.has(target), target);
try { new Stamper(target); } catch (e) { console.log(e.name + ": " + e.message); }
try { Stamper.has(1); } catch (e) { console.log(e.name + ": " + e.message); }
