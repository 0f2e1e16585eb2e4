local obj = {}
function obj.method(self) return self.x.y end
local t = {obj = obj}
t.obj:method()
