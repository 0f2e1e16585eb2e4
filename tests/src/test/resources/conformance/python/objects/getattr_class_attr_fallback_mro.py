class A:
    x = "A.x"
    y = "A.y"
    z = "A.z"
class B(A):
    y = "B.y"
class C(B):
    z = "C.z"
c = C()
print(c.x, c.y, c.z)
B.x = "B.x now"
print(c.x)
del B.x
print(c.x)
A.new = "added to A later"
print(c.new, C.new)
c.x = "instance"
print(c.x, C.x)
print(getattr(C, "y"), C.__dict__.get("y"), B.__dict__["y"])
print("y" in C.__dict__, hasattr(C, "y"))
