local config = { window = { width = 640 } }
print("width", config.window.width)
print("height", config.screen.height)
print("not reached")
