import sys
print("before exit")
def finish():
    try:
        sys.exit(3)
    finally:
        print("finally runs during exit")
finish()
print("never printed")
