local function classify(x)
    if x == nil then
        return "nil"
    elseif x == false then
        return "false"
    elseif type(x) == "number" and x < 0 then
        return "negative"
    elseif x == 0 then
        return "zero"
    else
        return "other"
    end
end
for _, v in ipairs({ -1, 0, 5, "s" }) do print(v, classify(v)) end
print(classify(nil), classify(false))
if 0 then print("0 is true") end
if "" then print("empty string is true") end
if not nil then print("not nil is true") end
