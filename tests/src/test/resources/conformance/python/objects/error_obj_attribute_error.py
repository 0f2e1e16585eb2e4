class Account:
    def __init__(self, owner):
        self.owner = owner
a = Account("ann")
print(a.owner)
print(a.balance)
