def f():
    if True:
        print("a")
      print("b")
f()
