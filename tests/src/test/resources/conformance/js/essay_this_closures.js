// Closing over `this`: self, bind, then arrow functions.
let counter = {
    n: 0,
    withSelf() {
        let self = this;
        return [1, 2, 3].map(function (k) { return self.n + k; });
    },
    withBind() {
        return [1, 2, 3].map(function (k) { return this.n + k; }.bind(this));
    },
    withArrow() {
        return [1, 2, 3].map((k) => this.n + k);
    },
    broken() {
        "use strict";
        return [1].map(function () { return this; });
    },
};
counter.n = 10;
console.log(counter.withSelf());
console.log(counter.withBind());
console.log(counter.withArrow());
console.log(counter.broken());
let arrow = counter.withArrow;
console.log(arrow());
