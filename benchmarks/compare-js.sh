#!/usr/bin/env bash
# Runs every JavaScript benchmark workload in Node (node-harness.js: 12 warm-up and 5
# measured rounds of one second, like the JMH settings) for the README's comparison
# with JsPropertyBenchmarks. Run from anywhere; prints "workload ns/op" lines.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
node --version
for workload in "$here"/src/main/resources/workloads/js/*.js; do
  node "$here/node-harness.js" "$workload"
done
