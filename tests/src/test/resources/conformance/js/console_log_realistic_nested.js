// A realistic nested structure mixing wrapped and single-line levels.
const config = {
    name: "dunder",
    version: "0.1.0",
    models: ["python", "lua", "js"],
    server: { host: "localhost", port: 8080, tls: { enabled: false, cert: null } },
    users: [
        { id: 1, name: "ada", roles: ["admin", "dev"] },
        { id: 2, name: "grace", roles: ["dev"] },
    ],
    limits: new Map([["requests", 1000], ["burst", 50]]),
    flags: new Set(["fast", "safe"]),
    handler() {},
};
console.log(config);
console.log(config.users);
console.log([config.server, config.server.tls]);
console.log({ matrix: [[1, 0, 0], [0, 1, 0], [0, 0, 1]] });
console.log({ words: "lorem ipsum dolor sit amet consectetur adipiscing elit sed do".split(" ") });
