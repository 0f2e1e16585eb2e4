print("before")
local function run()
    undefined_function(1, 2)
end
run()
