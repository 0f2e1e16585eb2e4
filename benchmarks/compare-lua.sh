#!/usr/bin/env bash
# Times the Lua benchmark workloads (benchmarks/src/main/resources/workloads/lua/*.lua)
# in the reference interpreters, for the README's table next to LuaTableBenchmarks:
# lua5.4, and luajit when it is installed. Prints "workload interpreter ns/op".
#
#   benchmarks/compare-lua.sh [N]     N operations per timed run (default 10000000)
#
# Each workload is loaded once, bench(N) runs once to warm up and then three times;
# the best of the three is reported (os.clock, processor time).
set -euo pipefail
cd "$(dirname "$0")/src/main/resources/workloads/lua"
n=${1:-10000000}
driver='
local file, n = arg[1], tonumber(arg[2])
dofile(file)
bench(n)
local best = math.huge
for _ = 1, 3 do
  local t0 = os.clock()
  bench(n)
  best = math.min(best, os.clock() - t0)
end
io.write(string.format("%.2f", best * 1e9 / n))
'
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
printf '%s\n' "$driver" > "$tmp/driver.lua"
for engine in lua5.4 luajit; do
  command -v "$engine" >/dev/null 2>&1 || continue
  for f in *.lua; do
    printf '%s %s %s\n' "${f%.lua}" "$engine" "$("$engine" "$tmp/driver.lua" "$f" "$n")"
  done
done
