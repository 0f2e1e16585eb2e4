local s = "THE (quick) fox"
for w in s:gmatch("%f[%a]%a+") do io.write(w, ",") end print()
print(("hello world"):gsub("%f[%w]%w+", function(w) return w:sub(1, 1):upper() .. w:sub(2) end))
print(("THE (quick) fox"):find("%f[%a]%a+%f[%A]"))
print(("key1 key22 key333"):gsub("%f[%d]%d+", "#"))
print(("aaa bbb"):find("%f[%z]"), ("aaa"):find("%f[a]"), ("aaa"):find("%f[^a]"))
print(pcall(string.find, "x", "%f"))
