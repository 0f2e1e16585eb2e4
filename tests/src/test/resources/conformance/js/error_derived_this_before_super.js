class Base {}
class Derived extends Base {
    constructor() {
        console.log("in Derived constructor");
        this.x = 1;
        super();
    }
}
new Derived();
