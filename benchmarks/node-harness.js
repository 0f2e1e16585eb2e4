// Times a benchmark workload in Node the way JsPropertyBenchmarks times it in Dunder:
// the workload defines globalThis.bench(n); after warm-up rounds, each measured
// round calls bench(100000) repeatedly for about a second; prints ns per operation.
//
//   node benchmarks/node-harness.js benchmarks/src/main/resources/workloads/js/own_property.js
const path = require("path");
require(path.resolve(process.argv[2]));
const OPS = 100000;
const bench = globalThis.bench;

function round() {
    let calls = 0;
    const start = process.hrtime.bigint();
    let elapsed = 0n;
    while (elapsed < 1000000000n) {
        bench(OPS);
        calls++;
        elapsed = process.hrtime.bigint() - start;
    }
    return Number(elapsed) / (calls * OPS);
}

for (let i = 0; i < 12; i++) {
    round();
}
const scores = [];
for (let i = 0; i < 5; i++) {
    scores.push(round());
}
const mean = scores.reduce((a, b) => a + b, 0) / scores.length;
console.log(path.basename(process.argv[2], ".js") + " " + mean.toFixed(3) + " ns/op");
