local players = { { name = "ann" } }
print(players[1].name)
local player = players[2]
print("about to index", player)
print(player.name)
