local M = {}
function M.helper(x) return x.field.sub end
local function run() return M.helper({}) end
run()
