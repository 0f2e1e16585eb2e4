"""Names for the types the interpreter uses (Dunder's types module)."""

import _dunder

def _f():
    pass

FunctionType = type(_f)
LambdaType = type(lambda: None)
CodeType = type(_f.__code__)


class _C:
    def _m(self):
        pass

MethodType = type(_C()._m)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
ModuleType = type(_dunder)


def _g():
    yield 1

GeneratorType = type(_g())
SimpleNamespace = _dunder.SimpleNamespace
MappingProxyType = type(type.__dict__)
NoneType = type(None)
NotImplementedType = type(NotImplemented)
EllipsisType = type(Ellipsis)
del _f, _C, _g
