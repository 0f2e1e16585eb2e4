print(load("goto nowhere"))
print(load("do ::a:: end goto a"))
print(load("goto f; local x; ::f:: print(x)"))
print(load("::l:: ::l::"))
print(load("break"))
-- jumping to a label at the end of a block is fine even past a local
print(load("do goto e; local x = 1; ::e:: end") ~= nil)
