// Anything can be thrown and caught.
const things = [42, "a string", null, undefined, { code: 7 }, [1, 2], new RangeError("range"), Symbol("thrown")];
for (const t of things) {
    try {
        throw t;
    } catch (caught) {
        console.log(typeof caught, caught === t, caught instanceof Error ? String(caught) : caught);
    }
}
function thrower() { throw new Error("from function"); }
try { thrower(); } catch ({ message, name }) { console.log(name, message); }
try { throw { message: "not an Error" }; } catch (e) { console.log(e instanceof Error, e.message); }
