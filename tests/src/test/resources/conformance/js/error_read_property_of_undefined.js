// Uncaught: reading a property of undefined.
const config = { server: { port: 8080 } };
console.log("port", config.server.port);
console.log("database", config.database);
console.log(config.database.host);
