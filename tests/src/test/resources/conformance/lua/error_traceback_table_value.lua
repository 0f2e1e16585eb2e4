local function lvl3() error({}) end
local function lvl2() lvl3() end
lvl2()
