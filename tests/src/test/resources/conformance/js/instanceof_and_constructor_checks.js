// Ways to ask "what is this?": typeof, instanceof, constructor, isPrototypeOf, toString tag.
class Animal {}
class Cat extends Animal {}
const values = [new Cat(), new Animal(), [], {}, Object.create(null), () => {}, new Map(), "s", 1];
for (const v of values) {
    console.log(
        typeof v,
        v instanceof Animal,
        v instanceof Cat,
        v?.constructor?.name,
        Animal.prototype.isPrototypeOf(v),
        Object.prototype.toString.call(v),
    );
}
console.log(Cat.prototype instanceof Animal, Cat instanceof Function, Object.getPrototypeOf(Cat) === Animal);
