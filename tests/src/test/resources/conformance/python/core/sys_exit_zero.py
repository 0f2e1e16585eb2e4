import sys
print("exiting cleanly")
sys.exit()
print("never printed")
