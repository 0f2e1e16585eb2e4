local co = coroutine.wrap(function() print("in co") io.write("partial") os.exit(5) end)
co()
print("not reached")
