print("ok")
message = "this string never ends
print(message)
