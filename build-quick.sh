#!/usr/bin/env bash
# Developer shortcut: rebuild the changed modules and refresh the dunder command's class path.
set -e
cd "$(dirname "$0")"
mvn -B -q install -DskipTests -o -pl "${1:-grammar,runtime,stdlib,interpreter}" 2>&1 | grep -E "ERROR|error:" | head -30 || true
for m in grammar runtime stdlib interpreter; do cp $m/target/dunder-$m-0.1.0-SNAPSHOT.jar repl/target/lib/ 2>/dev/null || true; done
