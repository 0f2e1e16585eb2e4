import sys
n = sys.stdout.write("written via sys.stdout\n")
print("write returned", n)
sys.stderr.write("an error line\n")
print("partial", end="", file=sys.stdout)
sys.stdout.write(" line\n")
sys.stdout.flush()
print("to stderr via print", file=sys.stderr)
print(sys.stdout is sys.stdout, sys.stderr is not sys.stdout)
