class ValidationError extends Error {
    constructor(field) {
        super(`invalid field: ${field}`);
        this.name = "ValidationError";
    }
}
function validate(user) {
    if (!user.email) throw new ValidationError("email");
    return true;
}
console.log(validate({ email: "a@b.c" }));
validate({});
