local state
local function read_state()
    return state.value
end
print("calling")
print(read_state())
