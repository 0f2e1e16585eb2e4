s = "Hello World 123 ßtraße"
print(s.upper())
print(s.lower())
print("hello world".title(), "hELLO wORLD".swapcase(), "hello world".capitalize())
print("HELLO".isupper(), "hello".islower(), "Hello".isupper(), "123".islower())
print("Title Case".istitle(), "ÉCOLE".lower(), "ǆ".upper())
print("MiXeD".casefold(), "Straße".casefold())
print("it's a DOG".title(), "123abc".capitalize())
