-- Methods, sort of: a:b(c) is a.b(a, c) with a evaluated once, so self comes
-- from the call syntax, not from the lookup.
local class = {
    bar = function(self)
        print("our score is", self.score)
    end,
}
local mt = { __index = class }
local obj1 = setmetatable({ score = 13 }, mt)
local obj2 = setmetatable({ score = 25 }, mt)
obj1:bar()  -- our score is 13
obj2:bar()  -- our score is 25
-- exactly equivalent, except that obj1 is evaluated twice
obj1.bar(obj1)
obj1["bar"](obj1)
-- strings have the string library as their metatable's __index
print(("%s %s"):format(1, 2))
