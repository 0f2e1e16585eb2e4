def work():
    try:
        print("trying")
        raise ValueError("first problem")
    finally:
        print("finally runs before traceback")
work()
