package dev.dunder.tests.embedding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.SourceSection;
import org.junit.jupiter.api.Test;

/** Python exceptions reach Java as PolyglotExceptions with Python's frames, lines and exception object. */
class GuestExceptionTest {
    private static Context context() {
        return Context.newBuilder("dunder-python").option("engine.WarnInterpreterOnly", "false").build();
    }

    @Test
    void guestFramesAndSourceLocations() throws Exception {
        try (Context c = context()) {
            Source src = Source.newBuilder("dunder-python", """
                            def inner(x):
                                return 10 // x

                            def outer():
                                return inner(0)

                            outer()
                            """, "calc.py").build();
            PolyglotException e = assertThrows(PolyglotException.class, () -> c.eval(src));
            assertTrue(e.isGuestException());
            assertEquals("ZeroDivisionError: integer division or modulo by zero", e.getMessage());
            SourceSection at = e.getSourceLocation();
            assertNotNull(at, "the raising line");
            assertEquals("calc.py", at.getSource().getName());
            assertEquals(2, at.getStartLine());
            assertEquals("10 // x", at.getCharacters().toString());
            List<String> frames = new ArrayList<>();
            for (PolyglotException.StackFrame f : e.getPolyglotStackTrace()) {
                if (f.isGuestFrame()) {
                    frames.add(f.getRootName() + ":" + f.getSourceLocation().getStartLine());
                }
            }
            assertEquals(List.of("inner:2", "outer:5", "<module>:7"), frames);
            assertEquals("ZeroDivisionError", e.getGuestObject().getMetaObject().getMetaSimpleName());
            assertEquals("('integer division or modulo by zero',)", e.getGuestObject().getMember("args").toString());
        }
    }

    @Test
    void exceptionsFromCallsIntoPython() {
        try (Context c = context()) {
            c.eval("dunder-python", "def check(n):\n    if n < 0:\n        raise ValueError(f'negative: {n}')\n    return n\n");
            PolyglotException e = assertThrows(PolyglotException.class,
                            () -> c.getBindings("dunder-python").getMember("check").execute(-3));
            assertEquals("ValueError: negative: -3", e.getMessage());
            assertEquals(3, e.getSourceLocation().getStartLine());
        }
    }

    @Test
    void syntaxErrorsAreParseErrorsWithLocations() {
        try (Context c = context()) {
            PolyglotException e = assertThrows(PolyglotException.class, () -> c.eval(Source.create("dunder-python", "x = 1\ny = (2 +\n")));
            assertTrue(e.isSyntaxError());
            assertTrue(e.isIncompleteSource(), "an unclosed parenthesis: more input could complete it");
            PolyglotException bad = assertThrows(PolyglotException.class, () -> c.eval(Source.create("dunder-python", "x = 1\nif x\n    pass\n")));
            assertTrue(bad.isSyntaxError());
            assertFalse(bad.isIncompleteSource());
            assertEquals(2, bad.getSourceLocation().getStartLine());
            assertTrue(bad.getMessage().startsWith("SyntaxError: expected ':'"), bad.getMessage());
        }
    }
}
