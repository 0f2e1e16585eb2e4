local x = 1
error("raised from helper")
