// Shared data has to be assigned outside the class block.
class Foo {
    addValue(v) { this.values.push(v); }
}
Foo.prototype.values = [];
Foo.kind = "foo";
let a = new Foo();
let b = new Foo();
a.addValue("a");
console.log(b.values);
b.addValue("b");
console.log(a.values, a.values === b.values);
console.log(Foo.kind, a.kind);
console.log(a, Object.keys(a));
