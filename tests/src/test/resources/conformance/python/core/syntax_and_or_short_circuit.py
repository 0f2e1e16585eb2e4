def t(label, val):
    print("eval", label)
    return val
print(t("a", 0) and t("b", 1))
print(t("a", 2) and t("b", 3))
print(t("a", "") or t("b", "default"))
print(t("a", "x") or t("b", "never"))
print([] or {} or 0 or None)
print(1 and [] and "never")
print(None or "fallback")
print(0 and 1 or 2)
print(1 and 0 or 3)
x = None
name = x and x.name
print(name)
print(True and "yes" or "no", False and "yes" or "no")
