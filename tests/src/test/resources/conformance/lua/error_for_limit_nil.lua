local function outer()
  local function inner()
    local n = nil
    for i = 1, n do end
  end
  inner()
end
outer()
