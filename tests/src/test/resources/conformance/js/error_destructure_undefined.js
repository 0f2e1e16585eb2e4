function connect({ host, port = 80 }) {
    return host + ":" + port;
}
console.log(connect({ host: "localhost" }));
console.log(connect());
