class Weird:
    def __init__(self):
        print("init running")
        return 42
Weird()
