class Tx:
    def __enter__(self):
        print("begin")
        return self
    def __exit__(self, exc_type, exc, tb):
        print("rollback after", exc_type.__name__)
        raise RuntimeError("rollback failed")
with Tx():
    raise ValueError("bad write")
