print("tab:[\t] quote:[\"] apos:[\'] backslash:[\\]")
print('single \'quoted\' "string"')
print(string.byte("\a\b\f\n\r\t\v", 1, -1))
print("line1\nline2")
print("a\
b")
print(#"\\", #"\n", #"\"")
