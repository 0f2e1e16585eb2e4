print("exiting with status 3")
io.stdout:flush()
os.exit(3)
print("not printed")
