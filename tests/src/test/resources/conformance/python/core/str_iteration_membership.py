for ch in "héllo":
    print(ch, ord(ch))
print(list("abc"), tuple("ab"), set("aa") == {"a"})
print("ell" in "hello", "" in "", "lo" not in "hello")
print(list(enumerate("ab")), list(reversed("abc")))
print(len("héllo"), len("日本語"), "日本語"[1])
it = iter("xy")
print(next(it), next(it), next(it, "done"))
