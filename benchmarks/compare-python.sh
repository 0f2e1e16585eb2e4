#!/usr/bin/env bash
# Runs every Python workload twice in one session — in Dunder under JMH (optimizing
# Truffle runtime, steady state) and in CPython (python3, best of 7 runs after a
# warm-up) — and prints the README's Markdown table with the ratio CPython/Dunder.
#   benchmarks/compare-python.sh [WORKLOAD...]   (default: all of them)
# The JMH scores are also kept in benchmarks/target/compare-python.csv.
set -euo pipefail
cd "$(dirname "$0")/.."
workloads=("$@")
if [ ${#workloads[@]} -eq 0 ]; then
  for f in benchmarks/src/main/resources/workloads/python/*.py; do workloads+=("$(basename "$f" .py)"); done
fi
csv=benchmarks/target/compare-python.csv
# JMH_ARGS: extra JMH options, e.g. JMH_ARGS="-wi 5 -i 3" for a quicker, rougher run
benchmarks/run PythonAttributeBenchmarks -p workload="$(IFS=,; echo "${workloads[*]}")" ${JMH_ARGS:-} -rf csv -rff "$csv" >&2
declare -A dunder
while IFS=, read -r _ _ _ _ score _ _ param; do
  param="${param//\"/}"
  dunder["${param%$'\r'}"]="$score"
done < <(tail -n +2 "$csv")
echo "| workload | Dunder ns/op | python3 ns/op | Dunder speed-up |"
echo "|---|---:|---:|---:|"
python3 benchmarks/python_reference.py "${workloads[@]}" | while read -r name cpython; do
  d="${dunder[$name]}"
  printf '| %s | %.2f | %.2f | %.1fx |\n' "$name" "$d" "$cpython" "$(awk -v a="$cpython" -v b="$d" 'BEGIN { print a / b }')"
done
