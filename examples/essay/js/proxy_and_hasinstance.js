// Intercepting property access means wrapping the object in a Proxy; instanceof
// can be fixed up with Symbol.hasInstance.
class Vector {
    constructor(x, y) {
        this.x = x;
        this.y = y;
    }
}

function loggedVector(x, y) {
    return new Proxy(new Vector(x, y), {
        get(target, key, receiver) {
            console.log("get", String(key));
            return Reflect.get(target, key, receiver);
        },
        has(target, key) {
            console.log("has", String(key));
            return key in target;
        },
    });
}

const v = loggedVector(3, 4);
console.log(v.x + v.y, "x" in v, v instanceof Vector);

class Even {
    static [Symbol.hasInstance](n) {
        return n % 2 === 0;
    }
}
console.log(2 instanceof Even, 3 instanceof Even);
