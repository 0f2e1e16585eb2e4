local a = "outer"
do
    local a = "inner"
    print(a)
end
print(a)
do
    local t <close> = setmetatable({}, { __close = function() print("closed at end of do") end })
    print("inside do")
end
print("after")
