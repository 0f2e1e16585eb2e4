class MetaA(type):
    pass
class MetaB(MetaA):
    pass
class A(metaclass=MetaA):
    pass
class B(metaclass=MetaB):
    pass
class C(A, B):
    pass
class D(A):
    pass
class E(A, metaclass=MetaB):
    pass
print(type(C).__name__, type(D).__name__, type(E).__name__)
class F(B, metaclass=MetaA):
    pass
print(type(F).__name__)
class Unrelated(type):
    pass
try:
    class G(A, metaclass=Unrelated):
        pass
except TypeError as e:
    print("TypeError:", e)
class U(metaclass=Unrelated):
    pass
try:
    class H(A, U):
        pass
except TypeError as e:
    print("TypeError:", e)
print(type(type("T", (B,), {})).__name__)
