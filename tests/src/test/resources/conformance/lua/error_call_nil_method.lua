local Account = {}
Account.__index = Account
function Account:deposit(n) self.balance = self.balance + n end
local acc = setmetatable({ balance = 0 }, Account)
acc:deposit(10)
print("balance", acc.balance)
acc:withdraw(5)
