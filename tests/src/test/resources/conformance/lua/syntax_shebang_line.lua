#!/usr/bin/env lua5.4
-- the first line of a script file is skipped when it starts with '#'
print("shebang skipped")
print(load("#!x\nreturn 1"))
