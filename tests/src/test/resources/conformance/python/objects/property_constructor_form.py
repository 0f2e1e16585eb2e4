class Account:
    def __init__(self):
        self._balance = 0
    def get_balance(self):
        return self._balance
    def set_balance(self, value):
        print("set_balance", value)
        self._balance = value
    def del_balance(self):
        print("del_balance")
        self._balance = 0
    balance = property(get_balance, set_balance, del_balance, "The balance.")
a = Account()
a.balance = 50
print(a.balance)
del a.balance
print(a.balance, Account.balance.__doc__)
print(Account.balance.fget is Account.get_balance)
p = property()
class Empty:
    x = p
try:
    Empty().x
except AttributeError as e:
    print("AttributeError:", e)
try:
    Empty().x = 1
except AttributeError as e:
    print("AttributeError:", e)
