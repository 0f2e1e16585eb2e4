print("start")
settings_loaded = false
print(type(settings))
local v = settings.volume
print(v)
