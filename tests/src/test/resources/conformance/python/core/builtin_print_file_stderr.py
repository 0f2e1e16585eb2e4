import sys
print("to stdout 1")
print("to stderr 1", file=sys.stderr)
print("to stdout 2", file=sys.stdout)
print("a", "b", sep="+", end="\n", file=sys.stderr)
print("to stdout 3", file=None)
sys.stderr.write("direct stderr write\n")
sys.stdout.write("direct stdout write\n")
print("done")
