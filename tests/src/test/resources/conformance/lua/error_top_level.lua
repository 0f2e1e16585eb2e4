error("top level message with level 1")
