// Custom Error subclasses: name, instanceof, extra fields, stack's first line.
class ValidationError extends Error {
    constructor(field, message) {
        super(message);
        this.name = "ValidationError";
        this.field = field;
    }
}
class RequiredError extends ValidationError {
    constructor(field) { super(field, `${field} is required`); this.name = "RequiredError"; }
}
try {
    throw new RequiredError("email");
} catch (e) {
    console.log(e.name, e.message, e.field);
    console.log(e instanceof RequiredError, e instanceof ValidationError, e instanceof Error);
    console.log(String(e), e.stack.split("\n")[0]);
    console.log(Object.keys(e), e.constructor.name);
}
class Quiet extends Error {}
console.log(new Quiet("q").name, String(new Quiet("q")), new Quiet("q").constructor.name);
class Named extends Error { get name() { return "FromGetter"; } }
console.log(String(new Named("n")));
