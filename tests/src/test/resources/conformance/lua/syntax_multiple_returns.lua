local function mr() return 1, 2, 3 end
local function none() end
print(mr())
print(mr(), "end")
print((mr()))
print(none())
print(none(), "after none")
print(select('#', none()))
print(select('#', (none())))
local t = { mr(), mr() }
print(#t, t[1], t[2], t[4])
local t2 = { mr(), (mr()) }
print(#t2)
print(string.format("%d %d %d", mr()))
local function pass(...) return ... end
print(pass(mr()))
print(pass(nil, nil, 3))
print(select('#', pass(nil, nil)))
