class Service {
    constructor() { this.client = { send(m) { return "sent " + m; } }; }
    run() { return this.client.send("a") + " / " + this.client.receive(); }
}
const s = new Service();
console.log(s.client.send("ping"));
console.log(s.run());
