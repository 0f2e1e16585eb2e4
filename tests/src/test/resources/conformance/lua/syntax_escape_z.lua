local s = "hello \z
           world"
print(s)
print("a\z    b")
print("no\z

   gaps")
print(#"x\z   ")
