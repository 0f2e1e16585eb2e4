class Thing:
    def method(self):
        return "method got self: " + type(self).__name__

t = Thing()
print(t.method())
# a callable stored on the instance is just called: no auto-self
t.method = lambda: "instance lambda, no self"
print(t.method())
def plain(*args):
    return "plain got %d args" % len(args)
t.other = plain
print(t.other())
Thing.other = plain
t2 = Thing()
print(t2.other())
del t.method
print(t.method())
