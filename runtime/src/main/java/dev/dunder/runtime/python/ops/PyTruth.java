package dev.dunder.runtime.python.ops;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.dunder.runtime.python.PyErrors;
import dev.dunder.runtime.python.model.PyCall;
import dev.dunder.runtime.python.objects.PDict;
import dev.dunder.runtime.python.objects.PList;
import dev.dunder.runtime.python.objects.PNone;
import dev.dunder.runtime.python.objects.PSet;
import dev.dunder.runtime.python.objects.PTuple;
import dev.dunder.runtime.python.objects.PyType;
import dev.dunder.runtime.python.objects.PyTypes;

/** Truth testing: {@code __bool__}, else {@code __len__}, else true (CPython's PyObject_IsTrue). */
public final class PyTruth {
    private PyTruth() {
    }

    public static boolean isTrue(Object o) {
        if (o instanceof Boolean b) {
            return b;
        } else if (o instanceof Long l) {
            return l != 0;
        } else if (o == PNone.NONE) {
            return false;
        } else if (o instanceof String s) {
            return !s.isEmpty();
        } else if (o instanceof Double d) {
            return d != 0.0;
        }
        return isTrueSlow(o);
    }

    @TruffleBoundary
    private static boolean isTrueSlow(Object o) {
        if (o instanceof BigInteger) {
            return true;
        }
        PyType type = PyTypes.typeOf(o);
        if (type.isBuiltin()) {
            if (o instanceof PList l) {
                return l.size() != 0;
            } else if (o instanceof PTuple t) {
                return t.size() != 0;
            } else if (o instanceof PDict d) {
                return d.size() != 0;
            } else if (o instanceof PSet s) {
                return s.size() != 0;
            }
        }
        Object bool = type.lookup("__bool__");
        if (bool != null) {
            Object r = PyCall.callMethod(bool, o);
            if (r instanceof Boolean b) {
                return b;
            }
            throw PyErrors.typeError("__bool__ should return bool, returned %s", PyErrors.typeName(r));
        }
        Object len = type.lookup("__len__");
        if (len != null) {
            return PySequences.checkedLength(PyCall.callMethod(len, o)) != 0;
        }
        return true;
    }
}
