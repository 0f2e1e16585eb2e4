-- The essay's Dog as a REPL lesson: globals, so that after ":load dog" the REPL can
-- reach them (":explain mydog:bark", ":draw mydog"). A second __index table plays
-- the parent class.
Animal = { legs = 4 }
function Animal.describe(self)
    return "an animal with " .. self.legs .. " legs"
end

Dog = setmetatable({ barks = 0 }, { __index = Animal })
function Dog.bark(self)
    -- reads barks through __index (Dog's default) but writes it into self
    self.barks = self.barks + 1
    return "woof!"
end

mydog = setmetatable({ name = "Rex" }, { __index = Dog })
print(mydog:bark())  -- woof!
print(mydog:describe())  -- an animal with 4 legs
print(mydog.barks, Dog.barks)  -- 1 0
