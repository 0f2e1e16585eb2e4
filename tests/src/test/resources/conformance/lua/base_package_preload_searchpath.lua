print(package.searchpath("nope", "./?.lua;./?/x.lua"))
print(type(package.loaded), package.loaded.string == string, package.loaded._G == _G, type(package.preload), package.config:sub(1, 1))
package.preload.virtual = function(name, extra) return { name = name, extra = extra } end
local v = require("virtual")
print(v.name, v.extra, require("virtual") == v, package.loaded.virtual == v)
package.loaded.fake = "cached"
print(require("fake"))
local ok, e = pcall(require, "definitely_missing_mod")
print(ok, #e > 0)
print(select('#', require("string")), require("string") == string)
