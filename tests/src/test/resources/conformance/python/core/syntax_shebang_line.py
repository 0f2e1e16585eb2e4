#!/usr/bin/env python3
# The first line above is a shebang; it is just a comment.
print("shebang skipped")
print(__name__)
