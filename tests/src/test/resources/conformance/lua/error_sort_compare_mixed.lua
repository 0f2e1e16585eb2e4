local data = {3, 1, "two"}
table.sort(data)
