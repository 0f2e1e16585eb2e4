// Uncaught: writing a property of undefined.
const state = {};
state.user = { name: "x" };
console.log(state.user.name);
state.settings.theme = "dark";
