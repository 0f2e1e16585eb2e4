for i, v in ipairs({1, 2}) do print(i, v) end
for k in pairs(nil) do end
