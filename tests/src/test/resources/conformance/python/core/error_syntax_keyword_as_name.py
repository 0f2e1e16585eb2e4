print("start")
class = 5
