package dev.dunder.runtime.python.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.dunder.runtime.python.PyErrors;
import dev.dunder.runtime.python.objects.PyType;

/**
 * C3 linearization: {@code mro(C) = [C] + merge(mro(B1), ..., mro(Bn), [B1, ..., Bn])},
 * taking at each step the first head that appears in no other list's tail.
 */
public final class C3 {
    private C3() {
    }

    @TruffleBoundary
    public static PyType[] linearize(PyType cls, PyType[] bases) {
        for (int i = 0; i < bases.length; i++) {
            for (int j = i + 1; j < bases.length; j++) {
                if (bases[i] == bases[j]) {
                    throw PyErrors.typeError("duplicate base class %s", bases[i].getName());
                }
            }
        }
        List<List<PyType>> seqs = new ArrayList<>();
        for (PyType b : bases) {
            seqs.add(new ArrayList<>(Arrays.asList(b.getMro())));
        }
        seqs.add(new ArrayList<>(Arrays.asList(bases)));
        List<PyType> result = new ArrayList<>();
        result.add(cls);
        while (true) {
            seqs.removeIf(List::isEmpty);
            if (seqs.isEmpty()) {
                return result.toArray(new PyType[0]);
            }
            PyType candidate = null;
            for (List<PyType> s : seqs) {
                PyType head = s.get(0);
                boolean inTail = false;
                for (List<PyType> t : seqs) {
                    if (t.indexOf(head) > 0) {
                        inTail = true;
                        break;
                    }
                }
                if (!inTail) {
                    candidate = head;
                    break;
                }
            }
            if (candidate == null) {
                throw inconsistent(seqs);
            }
            result.add(candidate);
            for (List<PyType> s : seqs) {
                if (s.get(0) == candidate) {
                    s.remove(0);
                }
            }
        }
    }

    /** CPython lists the heads that could not be placed, in order, without repeats. */
    private static RuntimeException inconsistent(List<List<PyType>> seqs) {
        List<String> names = new ArrayList<>();
        for (List<PyType> s : seqs) {
            String n = s.get(0).getName();
            if (!names.contains(n)) {
                names.add(n);
            }
        }
        return PyErrors.typeError("Cannot create a consistent method resolution\norder (MRO) for bases %s", String.join(", ", names));
    }
}
