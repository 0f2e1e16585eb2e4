import sys
print("about to exit with a message")
sys.exit("fatal: something went wrong")
print("never printed")
