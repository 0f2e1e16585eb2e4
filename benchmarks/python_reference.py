"""Times the benchmark workloads in CPython, the same files Dunder's JMH benchmarks run.

usage: python3 benchmarks/python_reference.py WORKLOAD...
Prints "WORKLOAD ns_per_op" lines: the best of several runs of bench(OPS) after a
warm-up run, the way JMH reports Dunder's steady state.
"""
import os
import sys
import time

OPS = 1_000_000
RUNS = 7
HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "src", "main", "resources", "workloads", "python")

for name in sys.argv[1:]:
    namespace = {"__name__": "__workload__"}
    with open(os.path.join(HERE, name + ".py")) as f:
        exec(compile(f.read(), name + ".py", "exec"), namespace)
    bench = namespace["bench"]
    bench(OPS // 10)
    timings = []
    for _ in range(RUNS):
        start = time.perf_counter_ns()
        bench(OPS)
        timings.append(time.perf_counter_ns() - start)
    print(f"{name} {min(timings) / OPS:.2f}")
