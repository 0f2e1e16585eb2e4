package dev.dunder.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.graalvm.polyglot.Context;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.oracle.truffle.api.Assumption;
import com.oracle.truffle.api.object.DynamicObjectLibrary;

import dev.dunder.python.nodes.attr.AttributeReadPlan;
import dev.dunder.runtime.python.PythonContext;
import dev.dunder.runtime.python.model.AttributeResolution;
import dev.dunder.runtime.python.objects.PModule;
import dev.dunder.runtime.python.objects.PyObject;
import dev.dunder.runtime.python.objects.PyType;

/**
 * White-box checks of the machinery behind fast attribute lookup, on objects made by real
 * Python code: instances of a class share one Shape while they have the same attributes;
 * a write to a class invalidates the stability assumption of every subclass (so their
 * cached lookups are dropped) and of nothing else; a read plan agrees with the reference
 * resolution for the attribute it was made for and disagrees with a different one (so the
 * lookup verifier that checks the whole corpus can fail).
 */
class ObjectModelWhiteBoxTest {
    private Context context;

    @BeforeEach
    void enter() {
        context = Context.newBuilder("dunder-python").build();
        context.eval("dunder-python", """
                        class Point:
                            def __init__(self, x, y):
                                self.x = x
                                self.y = y
                            def norm(self):
                                return self.x + self.y
                        class Base:
                            shared = 1
                        class Middle(Base):
                            pass
                        class Leaf(Middle):
                            pass
                        class Unrelated:
                            shared = 1
                        a = Point(1, 2)
                        b = Point(3, 4)
                        c = Point(5, 6)
                        c.z = 7
                        """);
        context.enter();
    }

    @AfterEach
    void leave() {
        context.leave();
        context.close();
    }

    private static Object global(String name) {
        PModule main = (PModule) PythonContext.current().getModules().getItem("__main__");
        return DynamicObjectLibrary.getUncached().getOrDefault(main, name, null);
    }

    @Test
    void instancesOfAClassShareAShape() {
        PyObject a = (PyObject) global("a");
        PyObject b = (PyObject) global("b");
        PyObject c = (PyObject) global("c");
        assertSame(a.getShape(), b.getShape(), "same class, same attributes in the same order");
        assertNotSame(a.getShape(), c.getShape(), "an extra attribute moves c to another shape");
        assertSame(global("Point"), a.getShape().getDynamicType(), "the shape knows the class");
        assertSame(a.getShape().getDynamicType(), c.getShape().getDynamicType());
    }

    @Test
    void classWriteInvalidatesSubclassesOnly() {
        PyType base = (PyType) global("Base");
        Assumption baseStable = base.getStableAssumption();
        Assumption middleStable = ((PyType) global("Middle")).getStableAssumption();
        Assumption leafStable = ((PyType) global("Leaf")).getStableAssumption();
        Assumption unrelatedStable = ((PyType) global("Unrelated")).getStableAssumption();
        assertTrue(leafStable.isValid());
        context.eval("dunder-python", "Base.shared = 2");
        assertFalse(baseStable.isValid());
        assertFalse(middleStable.isValid(), "Middle's cached lookups went through Base");
        assertFalse(leafStable.isValid(), "and so did Leaf's");
        assertTrue(unrelatedStable.isValid(), "a class outside the hierarchy keeps its caches");
        assertTrue(((PyType) global("Leaf")).getStableAssumption().isValid(), "a fresh assumption guards the new state");
        assertEquals(2L, context.eval("dunder-python", "Leaf().shared").asLong());
    }

    @Test
    void planAgreesWithReferenceForItsOwnAttributeOnly() {
        PyObject a = (PyObject) global("a");
        PyType point = (PyType) global("Point");
        AttributeReadPlan x = AttributeReadPlan.plan(point, a.getShape(), "x");
        AttributeReadPlan norm = AttributeReadPlan.plan(point, a.getShape(), "norm");
        AttributeResolution refX = AttributeResolution.ofInstance(a, "x");
        AttributeResolution refNorm = AttributeResolution.ofInstance(a, "norm");
        assertEquals(AttributeResolution.Kind.INSTANCE_DICT, refX.kind());
        assertEquals(AttributeResolution.Kind.METHOD, refNorm.kind());
        assertSame(point, refNorm.owner());
        assertTrue(x.agreesWith(refX, a));
        assertTrue(norm.agreesWith(refNorm, a));
        assertFalse(x.agreesWith(refNorm, a));
        assertFalse(norm.agreesWith(refX, a));
    }
}
