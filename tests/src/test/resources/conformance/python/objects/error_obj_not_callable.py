class Widget:
    def __init__(self):
        self.name = "w"
w = Widget()
print(w.name)
w.name()
