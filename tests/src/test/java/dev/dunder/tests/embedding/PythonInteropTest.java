package dev.dunder.tests.embedding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Java reading and driving Python objects through the polyglot API: every interop message
 * must mean what the same operation means in Python code (descriptors, __getattr__,
 * __getattribute__, dir(), len, [], iter, repr, type). The surefire run has assertions on,
 * so Truffle's interop contract checks run too.
 */
class PythonInteropTest {
    private Context context;

    @BeforeEach
    void create() {
        context = Context.newBuilder("dunder-python").option("engine.WarnInterpreterOnly", "false").build();
    }

    @AfterEach
    void close() {
        context.close();
    }

    private Value py(String code) {
        return context.eval("dunder-python", code);
    }

    @Test
    void attributesFollowTheDataModel() {
        py("""
                        log = []
                        class Celsius:
                            def __get__(self, obj, owner):
                                return obj._c if obj is not None else self
                            def __set__(self, obj, value):
                                log.append(('set', value))
                                obj._c = value
                        class Thermo:
                            temp = Celsius()
                            kind = 'class attribute'
                            def __init__(self):
                                self._c = 20
                                self.own = 'instance'
                            @property
                            def fahrenheit(self):
                                log.append('getter ran')
                                return self._c * 9 / 5 + 32
                            def __getattr__(self, name):
                                return 'missing ' + name
                        t = Thermo()
                        """);
        Value t = py("t");
        assertEquals(20, t.getMember("temp").asInt(), "data descriptor __get__");
        assertEquals(68.0, t.getMember("fahrenheit").asDouble(), "property");
        assertEquals("instance", t.getMember("own").asString());
        assertEquals("class attribute", t.getMember("kind").asString());
        assertEquals("missing nothing", t.getMember("nothing").asString(), "__getattr__ fallback");
        t.putMember("temp", 30);
        assertEquals("['getter ran', ('set', 30)]", py("repr(log)").asString());
        assertEquals(30, py("t._c").asInt(), "__set__ of the data descriptor ran");
        t.putMember("extra", "new");
        assertEquals("new", py("t.extra").asString());
        t.removeMember("extra");
        assertFalse(py("hasattr(t, 'extra') and t.extra == 'new'").asBoolean());
    }

    @Test
    void getattributeIsHonouredAndAttributeErrorMeansNoMember() {
        py("""
                        class Proxy:
                            def __getattribute__(self, name):
                                if name.startswith('secret'):
                                    raise AttributeError(name)
                                return 'proxied ' + name
                        p = Proxy()
                        """);
        Value p = py("p");
        assertEquals("proxied anything", p.getMember("anything").asString());
        assertNull(p.getMember("secret_key"), "an AttributeError is an unknown member");
        assertTrue(p.hasMember("whatever"), "a class with __getattribute__ may have any member");
    }

    @Test
    void memberListIsDirWithoutRunningGetters() {
        py("""
                        calls = []
                        class C:
                            a = 1
                            def m(self): return 'm'
                            @property
                            def p(self):
                                calls.append('p')
                                return 1
                        c = C()
                        c.x = 5
                        """);
        Value c = py("c");
        Set<String> keys = c.getMemberKeys();
        assertEquals(Set.of("a", "m", "p", "x"), keys, "dunder names are internal members");
        assertTrue(c.hasMember("p"));
        assertTrue(c.canInvokeMember("m"));
        assertFalse(c.canInvokeMember("x"));
        assertEquals(0, py("len(calls)").asInt(), "listing and probing members never runs a getter");
        assertEquals("m", c.invokeMember("m").asString());
        assertThrows(UnsupportedOperationException.class, () -> c.invokeMember("nope"));
    }

    @Test
    void callablesClassesAndMetaObjects() {
        py("""
                        def add(a, b=10):
                            return a + b
                        class Animal:
                            def __init__(self, name):
                                self.name = name
                        class Dog(Animal):
                            pass
                        """);
        Value add = py("add");
        assertTrue(add.canExecute());
        assertEquals(3, add.execute(1, 2).asInt());
        assertEquals(11, add.execute(1).asInt());
        Value dog = py("Dog");
        assertTrue(dog.canInstantiate());
        Value rex = dog.newInstance("Rex");
        assertEquals("Rex", rex.getMember("name").asString());
        assertTrue(dog.isMetaObject());
        assertEquals("Dog", dog.getMetaSimpleName());
        assertEquals("__main__.Dog", dog.getMetaQualifiedName());
        assertEquals("Dog", rex.getMetaObject().getMetaSimpleName());
        assertTrue(py("Animal").isMetaInstance(rex));
        assertFalse(dog.isMetaInstance(py("Animal('cat')")));
        assertEquals("Animal", dog.getMetaParents().getArrayElement(0).getMetaSimpleName());
        assertEquals("int", py("42").getMetaObject().getMetaSimpleName());
        assertEquals("str", py("'x'").getMetaObject().getMetaQualifiedName());
        PolyglotException e = assertThrows(PolyglotException.class, () -> add.execute());
        assertEquals("TypeError: add() missing 1 required positional argument: 'a'", e.getMessage());
    }

    @Test
    void sequencesAreArrays() {
        Value list = py("[1, 'two', 3.0]");
        assertTrue(list.hasArrayElements());
        assertEquals(3, list.getArraySize());
        assertEquals("two", list.getArrayElement(1).asString());
        list.setArrayElement(0, 100);
        list.setArrayElement(3, "appended");
        assertEquals(4, list.getArraySize());
        assertEquals("[100, 'two', 3.0, 'appended']", list.toString());
        assertTrue(list.removeArrayElement(1));
        assertEquals(List.of(100L, 3.0, "appended"), List.copyOf(list.as(List.class)), "Python ints are longs");
        assertThrows(ArrayIndexOutOfBoundsException.class, () -> list.getArrayElement(10));

        Value tuple = py("(1, 2)");
        assertTrue(tuple.hasArrayElements());
        assertThrows(UnsupportedOperationException.class, () -> tuple.setArrayElement(0, 5));

        Value seq = py("""
                        class Squares:
                            def __len__(self): return 4
                            def __getitem__(self, i):
                                if i >= 4: raise IndexError(i)
                                return i * i
                        Squares()
                        """);
        assertTrue(seq.hasArrayElements(), "a user sequence");
        assertEquals(9, seq.getArrayElement(3).asInt());
        assertFalse(py("'text'").hasArrayElements(), "str is a string, not an array");
        assertFalse(py("{'a': 1}").hasArrayElements());
    }

    @Test
    void dictsAreHashes() {
        Value d = py("d = {'a': 1, 2: 'two'}\nd");
        assertTrue(d.hasHashEntries());
        assertEquals(2, d.getHashSize());
        assertEquals(1, d.getHashValue("a").asInt());
        assertEquals("two", d.getHashValue(2).asString(), "a Java Integer key finds the int key");
        assertTrue(d.hasHashEntry("a"));
        assertFalse(d.hasHashEntry("zz"));
        d.putHashEntry("b", List.of(1, 2).size());
        assertEquals(2, py("d['b']").asInt());
        d.removeHashEntry("a");
        assertEquals("{2: 'two', 'b': 2}", d.toString());
        Map<?, ?> m = d.as(Map.class);
        assertEquals("two", m.get(2L));
        Value entries = d.getHashEntriesIterator();
        List<String> seen = new ArrayList<>();
        while (entries.hasIteratorNextElement()) {
            Value e = entries.getIteratorNextElement();
            seen.add(e.getArrayElement(0) + "=" + e.getArrayElement(1));
        }
        assertEquals(List.of("2='two'", "'b'=2"), seen);
        Value sub = py("""
                        class Upper(dict):
                            def __getitem__(self, key):
                                return dict.__getitem__(self, key).upper()
                        Upper(x='a')
                        """);
        assertEquals("A", sub.getHashValue("x").asString(), "a dict subclass's __getitem__ runs");
        assertNull(sub.getHashValue("y"), "a missing key");
    }

    @Test
    void iterablesHaveIterators() {
        Value gen = py("""
                        def countdown(n):
                            while n > 0:
                                yield n
                                n -= 1
                        countdown(3)
                        """);
        assertTrue(gen.isIterator());
        List<Integer> got = new ArrayList<>();
        while (gen.hasIteratorNextElement()) {
            got.add(gen.getIteratorNextElement().asInt());
        }
        assertEquals(List.of(3, 2, 1), got);
        assertFalse(gen.hasIteratorNextElement());

        Value custom = py("""
                        class Evens:
                            def __iter__(self):
                                return iter([0, 2, 4])
                        Evens()
                        """);
        assertTrue(custom.hasIterator());
        Value it = custom.getIterator();
        int sum = 0;
        while (it.hasIteratorNextElement()) {
            sum += it.getIteratorNextElement().asInt();
        }
        assertEquals(6, sum);
        assertTrue(py("{1, 2}").hasIterator());
        assertFalse(py("42").hasIterator());
    }

    @Test
    void primitivesAndDisplay() {
        Value big = py("2 ** 100");
        assertTrue(big.isNumber());
        assertFalse(big.fitsInLong());
        assertEquals(BigInteger.TWO.pow(100), big.asBigInteger());
        assertEquals("1267650600228229401496703205376", big.toString());
        assertEquals(BigInteger.TWO.pow(101).toString(), py("lambda x: x * 2").execute(big).toString(), "a big int comes back as a Python int");
        assertTrue(py("True").isBoolean());
        assertTrue(py("None").isNull());
        assertEquals("None", py("None").toString());
        assertEquals(2.5, py("5 / 2").asDouble());
        assertEquals("'text'", py("'text'").toString(), "a str displays as its repr");
        Value myInt = py("class MyInt(int): pass\nMyInt(7)");
        assertTrue(myInt.isNumber());
        assertEquals(7, myInt.asInt());
        Value myStr = py("class MyStr(str): pass\nMyStr('hey')");
        assertTrue(myStr.isString());
        assertEquals("hey", myStr.asString());
        assertEquals("Point(1, 2)", py("""
                        class Point:
                            def __repr__(self): return 'Point(1, 2)'
                        Point()
                        """).toString(), "toDisplayString is repr");
    }

    @Test
    void bindingsAreTheMainGlobals() {
        Value globals = context.getBindings("dunder-python");
        globals.putMember("n", 41);
        assertEquals(42, py("n + 1").asInt(), "a Java Integer arrives as a Python int");
        py("def shout(s):\n    return s.upper() + '!'");
        assertEquals("HI!", globals.getMember("shout").execute("hi").asString());
        assertEquals("HI!", globals.invokeMember("shout", "hi").asString());
        assertTrue(globals.getMemberKeys().contains("shout"));
        globals.removeMember("n");
        assertThrows(PolyglotException.class, () -> py("n"));
    }
}
