;;; local a = 1; ; local b = 2;
print(a + b);
do ; end
local function f() ; return 3; end
print(f())
if a then ; end
print("ok");
