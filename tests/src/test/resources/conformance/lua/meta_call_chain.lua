-- __call values that are themselves callable tables
local inner = setmetatable({}, { __call = function(self, ...) return "inner", select('#', ...), ... end })
local outer = setmetatable({}, { __call = inner })
-- the inner handler receives the outer table as an extra first argument
local tag, n, first, second = outer("x")
print(tag, n, first == outer, second)
local counter = setmetatable({ n = 0 }, { __call = function(self) self.n = self.n + 1 return self.n end })
counter() counter()
print(counter(), counter.n)
print(pcall(function() local notcallable = setmetatable({}, { __call = 5 }); return notcallable() end))
