package dev.dunder.runtime.js.builtins;

import dev.dunder.runtime.js.JSRealm;
import dev.dunder.runtime.js.model.Errors;
import dev.dunder.runtime.js.model.JSRuntime;
import dev.dunder.runtime.js.objects.ArrayIndex;
import dev.dunder.runtime.js.objects.JSArray;
import dev.dunder.runtime.js.objects.JSCollection;
import dev.dunder.runtime.js.objects.JSIteratorObject;
import dev.dunder.runtime.js.objects.JSObject;
import dev.dunder.runtime.js.objects.JSSymbol;
import dev.dunder.runtime.js.objects.OrderedTable;
import dev.dunder.runtime.js.objects.PropertyFlags;
import dev.dunder.runtime.js.objects.Undefined;

/**
 * %IteratorPrototype% and the builtin iterators over arrays, strings, Maps and Sets
 * (§27.1.2, §23.1.5, §22.1.5, §24.1.5, §24.2.5): each {@code next} advances a cursor
 * kept in the iterator object and answers {value, done}.
 */
public final class IteratorBuiltins {
    private IteratorBuiltins() {
    }

    public static void install(JSRealm realm) {
        JSObject iteratorProto = new JSObject(realm.objectShape);
        realm.iteratorPrototype = iteratorProto;
        Builtins.method(realm, iteratorProto, JSSymbol.ITERATOR, "[Symbol.iterator]", 0, (t, a) -> t);

        realm.arrayIteratorPrototype = iteratorPrototype(realm, "Array Iterator");
        realm.arrayIteratorNextFunction = Builtins.method(realm, realm.arrayIteratorPrototype, "next", 0, (t, a) -> arrayNext(realm, t));
        realm.stringIteratorPrototype = iteratorPrototype(realm, "String Iterator");
        Builtins.method(realm, realm.stringIteratorPrototype, "next", 0, (t, a) -> stringNext(t));
        realm.mapIteratorPrototype = iteratorPrototype(realm, "Map Iterator");
        Builtins.method(realm, realm.mapIteratorPrototype, "next", 0, (t, a) -> collectionNext(realm, t, "Map Iterator"));
        realm.setIteratorPrototype = iteratorPrototype(realm, "Set Iterator");
        Builtins.method(realm, realm.setIteratorPrototype, "next", 0, (t, a) -> collectionNext(realm, t, "Set Iterator"));
    }

    private static JSObject iteratorPrototype(JSRealm realm, String tag) {
        JSObject p = new JSObject(JSObject.shapeFor(JSObject.class, realm.iteratorPrototype));
        p.defineDirect(JSSymbol.TO_STRING_TAG, tag, PropertyFlags.CONFIGURABLE_ONLY);
        return p;
    }

    public static JSIteratorObject create(JSRealm realm, JSObject proto, Object iterated, JSIteratorObject.Kind kind, String tag) {
        return new JSIteratorObject(JSObject.shapeFor(JSIteratorObject.class, proto), iterated, kind, tag);
    }

    private static JSIteratorObject check(Object t, String tag) {
        if (!(t instanceof JSIteratorObject it) || !it.getTag().equals(tag)) {
            throw Errors.typeError("next method called on incompatible receiver " + JSRuntime.toDisplayString(t));
        }
        return it;
    }

    private static Object arrayNext(JSRealm realm, Object t) {
        JSIteratorObject it = check(t, "Array Iterator");
        Object iterated = it.getIterated();
        if (iterated == null) {
            return JSRuntime.iterResult(Undefined.INSTANCE, true);
        }
        JSObject o = (JSObject) iterated;
        long index = it.getPosition();
        long len = JSRuntime.lengthOfArrayLike(o);
        if (index >= len) {
            it.finish();
            return JSRuntime.iterResult(Undefined.INSTANCE, true);
        }
        it.setPosition(index + 1);
        switch (it.getKind()) {
            case KEYS:
                return JSRuntime.iterResult((double) index, false);
            case VALUES:
                return JSRuntime.iterResult(elementAt(o, index), false);
            default:
                return JSRuntime.iterResult(realm.newArray(new Object[]{(double) index, elementAt(o, index)}), false);
        }
    }

    private static Object elementAt(JSObject o, long index) {
        if (o instanceof JSArray a) {
            return a.getElement(index, a);
        }
        return o.get(index < ArrayIndex.MAX_LENGTH ? Long.toString(index) : Long.toString(index), o);
    }

    private static Object stringNext(Object t) {
        JSIteratorObject it = check(t, "String Iterator");
        Object iterated = it.getIterated();
        if (iterated == null) {
            return JSRuntime.iterResult(Undefined.INSTANCE, true);
        }
        String s = (String) iterated;
        int index = (int) it.getPosition();
        if (index >= s.length()) {
            it.finish();
            return JSRuntime.iterResult(Undefined.INSTANCE, true);
        }
        int cp = s.codePointAt(index);
        int n = Character.charCount(cp);
        it.setPosition(index + n);
        return JSRuntime.iterResult(s.substring(index, index + n), false);
    }

    private static Object collectionNext(JSRealm realm, Object t, String tag) {
        JSIteratorObject it = check(t, tag);
        Object iterated = it.getIterated();
        if (iterated == null) {
            return JSRuntime.iterResult(Undefined.INSTANCE, true);
        }
        JSCollection col = (JSCollection) iterated;
        OrderedTable table = col.getTable();
        int slot = (int) it.getPosition();
        while (slot < table.slots() && !table.isLive(slot)) {
            slot++;
        }
        if (slot >= table.slots()) {
            it.finish();
            return JSRuntime.iterResult(Undefined.INSTANCE, true);
        }
        it.setPosition(slot + 1);
        Object key = table.keyAt(slot);
        Object value = col.isMap() ? table.valueAt(slot) : key;
        switch (it.getKind()) {
            case KEYS:
                return JSRuntime.iterResult(key, false);
            case VALUES:
                return JSRuntime.iterResult(value, false);
            default:
                return JSRuntime.iterResult(realm.newArray(new Object[]{key, value}), false);
        }
    }
}
