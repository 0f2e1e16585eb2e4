class Lazy:
    def __getattr__(self, name):
        if name.startswith("load_"):
            return "loaded " + name[5:]
        raise AttributeError(f"Lazy cannot provide {name!r}")
l = Lazy()
print(l.load_users)
print(l.save_users)
