// Overriding getters, methods and toString across a class hierarchy.
class Animal {
    constructor(name) { this.name = name; }
    get description() { return `${this.name} the ${this.kind}`; }
    get kind() { return "animal"; }
    speak() { return `${this.name} makes a sound`; }
    toString() { return `Animal(${this.name})`; }
}
class Dog extends Animal {
    get kind() { return "dog"; }
    speak() { return super.speak().replace("a sound", "woof"); }
}
class Puppy extends Dog {
    get description() { return "little " + super.description; }
    toString() { return "Puppy:" + super.toString(); }
}
const animals = [new Animal("Generic"), new Dog("Rex"), new Puppy("Bit")];
for (const a of animals) console.log(a.description, "|", a.speak(), "|", String(a), "|", a);
console.log(Object.getOwnPropertyNames(Puppy.prototype), "kind" in new Puppy("x"));
console.log(animals.map((a) => a instanceof Dog));
