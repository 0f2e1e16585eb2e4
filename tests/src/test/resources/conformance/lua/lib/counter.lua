-- loaded once: require caches the module in package.loaded
local M = { loads = 0 }
M.loads = M.loads + 1
return M
