function work() {
    try {
        console.log("working");
        throw new TypeError("work failed");
    } catch (e) {
        console.log("caught:", e.message);
        throw e;
    } finally {
        console.log("finally runs before the crash");
    }
}
work();
