local obj = {}
function obj:greet(name) return "hi " .. name end
print(obj:greet("a"))
print(obj:greet())
