helper_global = "set by helper"
return "first", "second"
