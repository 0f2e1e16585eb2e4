print("key=value".partition("="))
print("key=value=more".partition("="))
print("no separator".partition("="))
print("key=value=more".rpartition("="))
print("no separator".rpartition("="))
print("=start".partition("="), "end=".partition("="))
print("a::b::c".partition("::"), "a::b::c".rpartition("::"))
try:
    "abc".partition("")
except ValueError as e:
    print("ValueError:", e)
