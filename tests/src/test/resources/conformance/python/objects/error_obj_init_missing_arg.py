class User:
    def __init__(self, name, email):
        self.name = name
        self.email = email
u = User("a", "a@example.com")
print(u.name)
User("b")
