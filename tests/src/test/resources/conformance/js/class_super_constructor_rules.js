// Derived constructors must call super() before using `this`, exactly once.
class Base { constructor(v) { this.v = v; } }
class Early extends Base {
    constructor() { this.x = 1; super(1); }
}
try { new Early(); } catch (e) { console.log(e.name + ": " + e.message); }
class Never extends Base {
    constructor() {}
}
try { new Never(); } catch (e) { console.log(e.name + ": " + e.message); }
class Twice extends Base {
    constructor() { super(1); super(2); }
}
try { new Twice(); } catch (e) { console.log(e.name + ": " + e.message); }
class ReturnsObject extends Base {
    constructor() { return { custom: true }; }
}
console.log(new ReturnsObject());
class ReturnsPrimitive extends Base {
    constructor() { super(7); return 42; }
}
try { console.log(new ReturnsPrimitive()); } catch (e) { console.log(e.name + ": " + e.message); }
class ArrowSuper extends Base {
    constructor() { const init = () => super("from arrow"); init(); }
}
console.log(new ArrowSuper());
class Conditional extends Base {
    constructor(flag) { if (flag) super("yes"); else super("no"); }
}
console.log(new Conditional(true).v, new Conditional(false).v);
