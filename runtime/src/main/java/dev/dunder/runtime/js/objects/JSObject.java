package dev.dunder.runtime.js.objects;

import java.lang.invoke.MethodHandles;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import com.oracle.truffle.api.Assumption;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import com.oracle.truffle.api.object.DynamicObject;
import com.oracle.truffle.api.object.DynamicObjectLibrary;
import com.oracle.truffle.api.object.Property;
import com.oracle.truffle.api.object.Shape;
import com.oracle.truffle.api.utilities.CyclicAssumption;

import dev.dunder.runtime.js.interop.JSInterop;
import dev.dunder.runtime.js.model.JSRuntime;
import dev.dunder.runtime.js.ops.Equality;

/**
 * An ordinary JavaScript object (ECMA-262 §10.1): a property map with a
 * {@code [[Prototype]]} link.
 *
 * <p>The properties are a Truffle {@link DynamicObject}'s: keys are Strings (array
 * indices as their canonical strings), {@link JSSymbol}s or {@link PrivateName}s;
 * attributes are the property flags ({@link PropertyFlags}). The prototype is the
 * Shape's <em>dynamic type</em>, so one shape check in an inline cache proves both the
 * layout of the own properties and which object comes next on the chain.
 *
 * <p>The methods named after the internal methods ({@link #getOwnProperty},
 * {@link #defineOwnProperty}, {@link #get}, {@link #set}, {@link #delete},
 * {@link #ownPropertyKeys}, ...) are the reference implementation of the model, step by
 * step as the specification writes them; exotic objects (arrays, proxies, strings)
 * override them. The Truffle nodes cache their results per shape.
 */
@ExportLibrary(InteropLibrary.class)
public class JSObject extends DynamicObject {
    /** The dynamic type of objects whose [[Prototype]] is null. */
    public static final Object NULL_PROTOTYPE = new Object() {
        @Override
        public String toString() {
            return "[[Prototype]]: null";
        }
    };

    private static final Map<Class<?>, Shape> ROOT_SHAPES = new java.util.concurrent.ConcurrentHashMap<>();

    /*
     * In-object storage for the first properties (Truffle's object layout uses these before
     * it allocates extension arrays), so small objects are one allocation that escape
     * analysis can remove.
     */
    @DynamicField private Object o0;
    @DynamicField private Object o1;
    @DynamicField private Object o2;
    @DynamicField private Object o3;
    @DynamicField private long p0;
    @DynamicField private long p1;
    @DynamicField private long p2;
    @DynamicField private long p3;

    /** Valid while this object's own properties and prototype stay as they are (only for watched objects). */
    private CyclicAssumption stable;
    /** Shapes of new objects (per Java class) whose prototype is this object. */
    private Map<Class<?>, Shape> instanceShapes;
    /** How often this object's stability assumption was invalidated: caches stop trusting busy objects. */
    private int invalidations;
    /** {@link #hasNoIndexedOwnProperties}'s answer, valid while this stability assumption is. */
    private Assumption indexFreeFor;
    private boolean indexFree;

    public JSObject(Shape shape) {
        super(shape);
    }

    // ---- shapes -------------------------------------------------------------------------------

    /** The empty shape for objects of Java class {@code layout} with prototype {@code proto} (null for none). */
    @TruffleBoundary
    public static Shape shapeFor(Class<? extends JSObject> layout, JSObject proto) {
        if (proto == null) {
            return root(layout);
        }
        return proto.instanceShape(layout);
    }

    /** The empty shape of a Java class's objects, with a null prototype: the root of that class's shape tree. */
    private static Shape root(Class<? extends JSObject> layout) {
        return ROOT_SHAPES.computeIfAbsent(layout, c -> {
            try {
                return Shape.newBuilder().layout(layout, MethodHandles.privateLookupIn(layout, MethodHandles.lookup())).dynamicType(NULL_PROTOTYPE).build();
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @TruffleBoundary
    private Shape instanceShape(Class<? extends JSObject> layout) {
        if (instanceShapes == null) {
            instanceShapes = new IdentityHashMap<>(2);
        }
        Shape s = instanceShapes.get(layout);
        if (s == null) {
            markWatched();
            s = Shape.newBuilder(root(layout)).dynamicType(this).build();
            instanceShapes.put(layout, s);
        }
        return s;
    }

    /** Marks the object as one whose contents caches depend on (a prototype, the global object). */
    @TruffleBoundary
    public final void markWatched() {
        if (stable == null) {
            stable = new CyclicAssumption("unchanged " + getClass().getSimpleName());
        }
        int flags = getShape().getFlags();
        if ((flags & PropertyFlags.SHAPE_PROTOTYPE) == 0) {
            DynamicObjectLibrary.getUncached().setShapeFlags(this, flags | PropertyFlags.SHAPE_PROTOTYPE);
        }
    }

    public final boolean isWatched() {
        return (getShape().getFlags() & PropertyFlags.SHAPE_PROTOTYPE) != 0;
    }

    /** Valid while this object's own properties and prototype are unchanged. */
    @TruffleBoundary
    public final Assumption getStableAssumption() {
        if (stable == null) {
            markWatched();
        }
        return stable.getAssumption();
    }

    /** After this many changes, caches read the object's current value instead of assuming it constant. */
    public static final int MAX_INVALIDATIONS = 16;

    public final boolean isUnstable() {
        return invalidations > MAX_INVALIDATIONS;
    }

    /** Called on every change to a watched object's properties or prototype. */
    @TruffleBoundary
    public final void invalidate() {
        if (stable != null) {
            invalidations++;
            stable.invalidate("property changed");
        }
    }

    protected static DynamicObjectLibrary lib() {
        return DynamicObjectLibrary.getUncached();
    }

    // ---- [[GetPrototypeOf]] / [[SetPrototypeOf]] ---------------------------------------------

    public final JSObject getPrototype() {
        Object t = getShape().getDynamicType();
        return t == NULL_PROTOTYPE ? null : (JSObject) t;
    }

    /** [[GetPrototypeOf]]; proxies override it. */
    public JSObject getPrototypeOf() {
        return getPrototype();
    }

    /** OrdinarySetPrototypeOf (§10.1.2.1). */
    @TruffleBoundary
    public boolean setPrototypeOf(JSObject proto) {
        JSObject current = getPrototype();
        if (current == proto) {
            return true;
        }
        if (!isExtensible()) {
            return false;
        }
        JSObject p = proto;
        while (p != null) {
            if (p == this) {
                return false;
            }
            if (p instanceof JSProxy) {
                break;
            }
            p = p.getPrototype();
        }
        setPrototypeUnchecked(proto);
        return true;
    }

    @TruffleBoundary
    public final void setPrototypeUnchecked(JSObject proto) {
        if (proto != null) {
            proto.markWatched();
        }
        if (isWatched()) {
            invalidate();
        }
        lib().setDynamicType(this, proto == null ? NULL_PROTOTYPE : proto);
    }

    // ---- extensibility --------------------------------------------------------------------------

    public boolean isExtensible() {
        return (getShape().getFlags() & PropertyFlags.SHAPE_NOT_EXTENSIBLE) == 0;
    }

    @TruffleBoundary
    public boolean preventExtensions() {
        if (isWatched()) {
            invalidate();
        }
        lib().setShapeFlags(this, getShape().getFlags() | PropertyFlags.SHAPE_NOT_EXTENSIBLE);
        return true;
    }

    // ---- own properties -------------------------------------------------------------------------

    /** [[GetOwnProperty]]: a fresh descriptor, or null. */
    @TruffleBoundary
    public PropertyDescriptor getOwnProperty(Object key) {
        Property p = getShape().getProperty(key);
        if (p == null) {
            return null;
        }
        return PropertyDescriptor.fromSlot(lib().getOrDefault(this, key, null), p.getFlags());
    }

    /** [[DefineOwnProperty]]: OrdinaryDefineOwnProperty (§10.1.6.1). */
    @TruffleBoundary
    public boolean defineOwnProperty(Object key, PropertyDescriptor desc) {
        return validateAndApply(key, isExtensible(), desc, getOwnProperty(key));
    }

    /** ValidateAndApplyPropertyDescriptor (§10.1.6.3), storing into this object's shape. */
    protected final boolean validateAndApply(Object key, boolean extensible, PropertyDescriptor desc, PropertyDescriptor current) {
        if (current == null) {
            if (!extensible) {
                return false;
            }
            if (desc.isAccessorDescriptor()) {
                Object g = desc.hasGet ? desc.get : Undefined.INSTANCE;
                Object s = desc.hasSet ? desc.set : Undefined.INSTANCE;
                storeProperty(key, new Accessor(g, s), PropertyFlags.ACCESSOR | PropertyFlags.of(true, desc.enumerable, desc.configurable));
            } else {
                storeProperty(key, desc.getValueOrUndefined(), PropertyFlags.of(desc.writable, desc.enumerable, desc.configurable));
            }
            return true;
        }
        if (!desc.hasValue && !desc.hasGet && !desc.hasSet && !desc.hasWritable && !desc.hasEnumerable && !desc.hasConfigurable) {
            return true;
        }
        boolean currentIsAccessor = current.isAccessorDescriptor();
        if (!current.configurable) {
            if (desc.hasConfigurable && desc.configurable) {
                return false;
            }
            if (desc.hasEnumerable && desc.enumerable != current.enumerable) {
                return false;
            }
            if (!desc.isGenericDescriptor() && desc.isAccessorDescriptor() != currentIsAccessor) {
                return false;
            }
            if (currentIsAccessor) {
                if (desc.hasGet && !Equality.sameValue(desc.get, current.get)) {
                    return false;
                }
                if (desc.hasSet && !Equality.sameValue(desc.set, current.set)) {
                    return false;
                }
            } else if (!current.writable) {
                if (desc.hasWritable && desc.writable) {
                    return false;
                }
                if (desc.hasValue && !Equality.sameValue(desc.value, current.value)) {
                    return false;
                }
            }
        }
        boolean enumerable = desc.hasEnumerable ? desc.enumerable : current.enumerable;
        boolean configurable = desc.hasConfigurable ? desc.configurable : current.configurable;
        if (currentIsAccessor && desc.isDataDescriptor()) {
            storeProperty(key, desc.getValueOrUndefined(), PropertyFlags.of(desc.hasWritable && desc.writable, enumerable, configurable));
        } else if (!currentIsAccessor && desc.isAccessorDescriptor()) {
            Object g = desc.hasGet ? desc.get : Undefined.INSTANCE;
            Object s = desc.hasSet ? desc.set : Undefined.INSTANCE;
            storeProperty(key, new Accessor(g, s), PropertyFlags.ACCESSOR | PropertyFlags.of(true, enumerable, configurable));
        } else if (currentIsAccessor) {
            Object g = desc.hasGet ? desc.get : current.get;
            Object s = desc.hasSet ? desc.set : current.set;
            storeProperty(key, new Accessor(g, s), PropertyFlags.ACCESSOR | PropertyFlags.of(true, enumerable, configurable));
        } else {
            Object v = desc.hasValue ? desc.value : current.value;
            boolean writable = desc.hasWritable ? desc.writable : current.writable;
            storeProperty(key, v, PropertyFlags.of(writable, enumerable, configurable));
        }
        return true;
    }

    /** Writes a property slot with its flags (no checks): the one place own storage changes. */
    @TruffleBoundary
    protected void storeProperty(Object key, Object value, int flags) {
        if (isWatched()) {
            invalidate();
        }
        DynamicObjectLibrary l = lib();
        Property p = getShape().getProperty(key);
        if (p != null && p.getFlags() != flags) {
            l.setPropertyFlags(this, key, flags);
        }
        l.putWithFlags(this, key, value, flags);
    }

    /** Adds or overwrites a data property with the given attributes: for builtins and literals. */
    @TruffleBoundary
    public final void defineDirect(Object key, Object value, int flags) {
        storeProperty(key, value, flags);
    }

    /** Adds or overwrites an accessor property: for builtins and literals. */
    @TruffleBoundary
    public final void defineAccessorDirect(Object key, Object getter, Object setter, int flags) {
        storeProperty(key, new Accessor(getter, setter), flags | PropertyFlags.ACCESSOR);
    }

    /** CreateDataProperty (§7.3.5): an enumerable, writable, configurable own data property. */
    @TruffleBoundary
    public boolean createDataProperty(Object key, Object value) {
        if (hasExoticProperties()) {
            return defineOwnProperty(key, PropertyDescriptor.data(value, true, true, true));
        }
        Property p = getShape().getProperty(key);
        if (p == null && isExtensible() || p != null && p.getFlags() == 0) {
            storeProperty(key, value, 0);
            return true;
        }
        return defineOwnProperty(key, PropertyDescriptor.data(value, true, true, true));
    }

    /** [[HasProperty]] (§10.1.7.1). */
    @TruffleBoundary
    public boolean hasProperty(Object key) {
        if (hasOwnProperty(key)) {
            return true;
        }
        JSObject proto = getPrototypeOf();
        return proto != null && proto.hasProperty(key);
    }

    public boolean hasOwnProperty(Object key) {
        return getOwnProperty(key) != null;
    }

    /** [[Get]] (§10.1.8.1): own property, else the prototype's [[Get]] with the same receiver. */
    @TruffleBoundary
    public Object get(Object key, Object receiver) {
        Property p = getShape().getProperty(key);
        if (p != null) {
            Object v = lib().getOrDefault(this, key, Undefined.INSTANCE);
            if (PropertyFlags.isAccessor(p.getFlags())) {
                Accessor a = (Accessor) v;
                return a.hasGetter() ? JSRuntime.call(a.getGetter(), receiver) : Undefined.INSTANCE;
            }
            return v;
        }
        JSObject proto = getPrototype();
        return proto == null ? Undefined.INSTANCE : proto.get(key, receiver);
    }

    /** [[Get]] with this object as the receiver. */
    public final Object get(Object key) {
        return get(key, this);
    }

    /** [[Set]] (§10.1.9): OrdinarySet; returns false where strict code throws a TypeError. */
    @TruffleBoundary
    public boolean set(Object key, Object value, Object receiver) {
        Property p = getShape().getProperty(key);
        if (p != null) {
            int flags = p.getFlags();
            if (PropertyFlags.isAccessor(flags)) {
                Accessor a = (Accessor) lib().getOrDefault(this, key, null);
                if (!a.hasSetter()) {
                    return false;
                }
                JSRuntime.call(a.getSetter(), receiver, value);
                return true;
            }
            if (!PropertyFlags.isWritable(flags)) {
                return false;
            }
            if (receiver == this) {
                storeProperty(key, value, flags);
                return true;
            }
            return setOnReceiver(key, value, receiver);
        }
        JSObject proto = getPrototypeOf();
        if (proto != null) {
            return proto.set(key, value, receiver);
        }
        return setOnReceiver(key, value, receiver);
    }

    /** The end of OrdinarySetWithOwnDescriptor: define or update the property on the receiver itself. */
    protected static boolean setOnReceiver(Object key, Object value, Object receiver) {
        if (!(receiver instanceof JSObject r)) {
            return false;
        }
        PropertyDescriptor existing = r.getOwnProperty(key);
        if (existing != null) {
            if (existing.isAccessorDescriptor() || !existing.writable) {
                return false;
            }
            PropertyDescriptor d = new PropertyDescriptor();
            d.value = value;
            d.hasValue = true;
            return r.defineOwnProperty(key, d);
        }
        return r.createDataProperty(key, value);
    }

    /** [[Delete]] (§10.1.10). */
    @TruffleBoundary
    public boolean delete(Object key) {
        Property p = getShape().getProperty(key);
        if (p == null) {
            return true;
        }
        if (!PropertyFlags.isConfigurable(p.getFlags())) {
            return false;
        }
        if (isWatched()) {
            invalidate();
        }
        lib().removeKey(this, key);
        return true;
    }

    /**
     * [[OwnPropertyKeys]] (§10.1.11): integer indices ascending, then strings in
     * creation order, then symbols in creation order.
     */
    @TruffleBoundary
    public List<Object> ownPropertyKeys() {
        List<Object> indices = new ArrayList<>();
        List<Object> strings = new ArrayList<>();
        List<Object> symbols = new ArrayList<>();
        for (Object k : getShape().getKeyList()) {
            if (k instanceof String s) {
                if (ArrayIndex.parse(s) >= 0) {
                    indices.add(s);
                } else {
                    strings.add(s);
                }
            } else if (k instanceof JSSymbol) {
                symbols.add(k);
            }
        }
        if (indices.size() > 1) {
            indices.sort((a, b) -> Long.compare(ArrayIndex.parse((String) a), ArrayIndex.parse((String) b)));
        }
        indices.addAll(strings);
        indices.addAll(symbols);
        return indices;
    }

    // ---- what the builtins ask ------------------------------------------------------------------

    /** The builtin tag of Object.prototype.toString ("Object", "Array", "Function", ...). */
    public String getBuiltinTag() {
        return "Object";
    }

    /** Is this a callable object (has [[Call]])? */
    public boolean isCallable() {
        return false;
    }

    /** Is this a constructor (has [[Construct]])? */
    public boolean isConstructor() {
        return false;
    }

    /** True for objects whose [[Get]] for some key is not the ordinary one: node caches take the slow path. */
    public boolean hasExoticProperties() {
        return false;
    }

    /**
     * Whether no object on this object's prototype chain has an array-index property, so
     * that writing a missing element here cannot meet an inherited setter or read-only
     * element (OrdinarySet would consult them). Arrays' fast element stores ask this.
     */
    @TruffleBoundary
    public final boolean prototypesHaveNoIndexedProperties() {
        for (JSObject p = getPrototype(); p != null; p = p.getPrototype()) {
            if (!p.hasNoIndexedOwnProperties()) {
                return false;
            }
        }
        return true;
    }

    /**
     * No own property of this object has an array-index key. Exotic objects answer no (they
     * may make such keys up); an ordinary object scans its keys once per stable state, the
     * answer kept until a change of its properties invalidates its stability assumption.
     */
    protected boolean hasNoIndexedOwnProperties() {
        if (hasExoticProperties()) {
            return false;
        }
        Assumption stableNow = getStableAssumption();
        if (indexFreeFor != stableNow) {
            boolean free = true;
            for (Object key : getShape().getKeys()) {
                if (key instanceof String s && ArrayIndex.parse(s) >= 0) {
                    free = false;
                    break;
                }
            }
            indexFree = free;
            indexFreeFor = stableNow;
        }
        return indexFree && stableNow.isValid();
    }

    @ExportMessage
    @TruffleBoundary
    final Object toDisplayString(boolean allowSideEffects) {
        return JSRuntime.display(this);
    }

    @ExportMessage
    final boolean isExecutable() {
        return isCallable();
    }

    /** Interop calls (embedders, the launcher) are plain calls with {@code this} undefined. */
    @ExportMessage
    @TruffleBoundary
    final Object execute(Object[] arguments) {
        return JSInterop.toInterop(JSRuntime.call(this, Undefined.INSTANCE, JSInterop.toJS(arguments)));
    }

    // ---- interop: other languages and Java see an object with JavaScript's rules ------------------
    // (member reads are [[Get]] with the object as receiver, so getters and proxy traps run;
    // writes are [[Set]], so setters run; invocations pass the object as this)

    @ExportMessage
    final boolean hasLanguage() {
        return true;
    }

    @ExportMessage
    final Class<? extends com.oracle.truffle.api.TruffleLanguage<?>> getLanguage() {
        return dev.dunder.runtime.js.interop.JsValueView.languageClass();
    }

    @ExportMessage
    final boolean hasMembers() {
        return true;
    }

    /** The names for-in would list: enumerable string keys, own then inherited (class methods are not enumerable). */
    @ExportMessage
    @TruffleBoundary
    final Object getMembers(@SuppressWarnings("unused") boolean includeInternal) {
        java.util.LinkedHashSet<String> names = new java.util.LinkedHashSet<>();
        java.util.Set<Object> seen = new java.util.HashSet<>();
        for (JSObject o = this; o != null; o = o.getPrototypeOf()) {
            for (Object k : o.ownPropertyKeys()) {
                if (k instanceof String s && seen.add(s)) {
                    PropertyDescriptor d = o.getOwnProperty(s);
                    if (d != null && d.enumerable) {
                        names.add(s);
                    }
                }
            }
        }
        return new dev.dunder.runtime.common.interop.InteropArray(names.toArray(new String[0]));
    }

    @ExportMessage
    @TruffleBoundary
    final boolean isMemberReadable(String member) {
        return hasProperty(member);
    }

    @ExportMessage
    @TruffleBoundary
    final Object readMember(String member) throws com.oracle.truffle.api.interop.UnknownIdentifierException {
        if (!hasProperty(member)) {
            throw com.oracle.truffle.api.interop.UnknownIdentifierException.create(member);
        }
        return JSInterop.toInterop(get(member, this));
    }

    @ExportMessage
    @TruffleBoundary
    final boolean isMemberModifiable(String member) {
        PropertyDescriptor d = JSRuntime.findProperty(this, member);
        return d != null && (d.isAccessorDescriptor() ? d.set != Undefined.INSTANCE : d.writable);
    }

    @ExportMessage
    @TruffleBoundary
    final boolean isMemberInsertable(String member) {
        return !hasProperty(member) && isExtensible();
    }

    @ExportMessage
    @TruffleBoundary
    final void writeMember(String member, Object value) throws com.oracle.truffle.api.interop.UnsupportedMessageException {
        if (!set(member, JSInterop.toJS(value), this)) {
            throw com.oracle.truffle.api.interop.UnsupportedMessageException.create();
        }
    }

    @ExportMessage
    @TruffleBoundary
    final boolean isMemberRemovable(String member) {
        PropertyDescriptor d = getOwnProperty(member);
        return d != null && d.configurable;
    }

    @ExportMessage
    @TruffleBoundary
    final void removeMember(String member) throws com.oracle.truffle.api.interop.UnsupportedMessageException {
        if (!delete(member)) {
            throw com.oracle.truffle.api.interop.UnsupportedMessageException.create();
        }
    }

    /** A member is invocable when it is a method; an accessor counts (what its getter returns is known only by running it). */
    @ExportMessage
    @TruffleBoundary
    final boolean isMemberInvocable(String member) {
        PropertyDescriptor d = this instanceof JSProxy ? null : JSRuntime.findProperty(this, member);
        return d != null && (d.isAccessorDescriptor() || JSRuntime.isCallable(d.value));
    }

    /** {@code obj.member(...args)}: this is the object; a missing or non-callable member is Node's TypeError. */
    @ExportMessage
    @TruffleBoundary
    final Object invokeMember(String member, Object[] arguments) {
        Object f = get(member, this);
        if (!JSRuntime.isCallable(f)) {
            throw dev.dunder.runtime.js.model.Errors.typeError(JSRuntime.constructorNameOr(this) + "." + member + " is not a function");
        }
        return JSInterop.toInterop(JSRuntime.call(f, this, JSInterop.toJS(arguments)));
    }

    @ExportMessage
    final boolean isInstantiable() {
        return isConstructor();
    }

    /** {@code new F(...args)}. */
    @ExportMessage
    @TruffleBoundary
    final Object instantiate(Object[] arguments) {
        return JSRuntime.construct(this, JSInterop.toJS(arguments));
    }

    // arrays: an array's elements, by index

    @ExportMessage
    final boolean hasArrayElements() {
        return this instanceof JSArray;
    }

    @ExportMessage
    @TruffleBoundary
    final long getArraySize() throws com.oracle.truffle.api.interop.UnsupportedMessageException {
        if (this instanceof JSArray a) {
            return a.getLength();
        }
        throw com.oracle.truffle.api.interop.UnsupportedMessageException.create();
    }

    @ExportMessage
    @TruffleBoundary
    final boolean isArrayElementReadable(long index) {
        return this instanceof JSArray a && index >= 0 && index < a.getLength();
    }

    @ExportMessage
    @TruffleBoundary
    final Object readArrayElement(long index) throws com.oracle.truffle.api.interop.UnsupportedMessageException,
                    com.oracle.truffle.api.interop.InvalidArrayIndexException {
        if (!(this instanceof JSArray a)) {
            throw com.oracle.truffle.api.interop.UnsupportedMessageException.create();
        }
        if (index < 0 || index >= a.getLength()) {
            throw com.oracle.truffle.api.interop.InvalidArrayIndexException.create(index);
        }
        return JSInterop.toInterop(get(String.valueOf(index), this));
    }

    @ExportMessage
    @TruffleBoundary
    final boolean isArrayElementModifiable(long index) {
        return this instanceof JSArray a && index >= 0 && index < a.getLength();
    }

    @ExportMessage
    @TruffleBoundary
    final boolean isArrayElementInsertable(long index) {
        return this instanceof JSArray a && index >= a.getLength() && isExtensible();
    }

    @ExportMessage
    @TruffleBoundary
    final void writeArrayElement(long index, Object value) throws com.oracle.truffle.api.interop.UnsupportedMessageException {
        if (!(this instanceof JSArray) || !set(String.valueOf(index), JSInterop.toJS(value), this)) {
            throw com.oracle.truffle.api.interop.UnsupportedMessageException.create();
        }
    }

    @ExportMessage
    @TruffleBoundary
    final boolean isArrayElementRemovable(long index) {
        return this instanceof JSArray a && index >= 0 && index < a.getLength();
    }

    @ExportMessage
    @TruffleBoundary
    final void removeArrayElement(long index) throws com.oracle.truffle.api.interop.UnsupportedMessageException {
        if (!(this instanceof JSArray) || !delete(String.valueOf(index))) {
            throw com.oracle.truffle.api.interop.UnsupportedMessageException.create();
        }
    }

    // iteration: what for-of visits; Maps are also hashes

    /** Iterable when [Symbol.iterator] is a method on the chain (found without running a getter). */
    @ExportMessage
    @TruffleBoundary
    final boolean hasIterator() {
        PropertyDescriptor d = this instanceof JSProxy ? null : JSRuntime.findProperty(this, JSSymbol.ITERATOR);
        return d != null && d.isDataDescriptor() && JSRuntime.isCallable(d.value);
    }

    @ExportMessage
    @TruffleBoundary
    final Object getIterator() throws com.oracle.truffle.api.interop.UnsupportedMessageException {
        if (!hasIterator()) {
            throw com.oracle.truffle.api.interop.UnsupportedMessageException.create();
        }
        return dev.dunder.runtime.js.interop.JsIterator.of(this);
    }

    /**
     * A generator or a builtin iterator (of an array, Map, Set, string) is also an iterator
     * to Java: it steps with the object's own next(), one element ahead to answer
     * hasIteratorNextElement (a JS next() after that sees the element after it).
     */
    @ExportMessage
    final boolean isIterator() {
        return this instanceof JSGenerator || this instanceof JSIteratorObject;
    }

    private dev.dunder.runtime.js.interop.JsIterator iteratorView() throws com.oracle.truffle.api.interop.UnsupportedMessageException {
        if (this instanceof JSGenerator g) {
            return g.interopView();
        }
        if (this instanceof JSIteratorObject i) {
            return i.interopView();
        }
        throw com.oracle.truffle.api.interop.UnsupportedMessageException.create();
    }

    @ExportMessage
    @TruffleBoundary
    final boolean hasIteratorNextElement() throws com.oracle.truffle.api.interop.UnsupportedMessageException {
        return iteratorView().hasIteratorNextElement();
    }

    @ExportMessage
    @TruffleBoundary
    final Object getIteratorNextElement() throws com.oracle.truffle.api.interop.UnsupportedMessageException, com.oracle.truffle.api.interop.StopIterationException {
        return iteratorView().getIteratorNextElement();
    }

    @ExportMessage
    final boolean hasHashEntries() {
        return this instanceof JSCollection c && c.isMap();
    }

    @ExportMessage
    @TruffleBoundary
    final long getHashSize() throws com.oracle.truffle.api.interop.UnsupportedMessageException {
        return map().getTable().size();
    }

    private JSCollection map() throws com.oracle.truffle.api.interop.UnsupportedMessageException {
        if (this instanceof JSCollection c && c.isMap()) {
            return c;
        }
        throw com.oracle.truffle.api.interop.UnsupportedMessageException.create();
    }

    @ExportMessage
    @TruffleBoundary
    final boolean isHashEntryReadable(Object key) {
        return this instanceof JSCollection c && c.isMap() && c.getTable().has(JSInterop.toJS(key));
    }

    @ExportMessage
    @TruffleBoundary
    final Object readHashValue(Object key) throws com.oracle.truffle.api.interop.UnsupportedMessageException,
                    com.oracle.truffle.api.interop.UnknownKeyException {
        Object v = map().getTable().get(JSInterop.toJS(key));
        if (v == null) {
            throw com.oracle.truffle.api.interop.UnknownKeyException.create(key);
        }
        return JSInterop.toInterop(v);
    }

    @ExportMessage
    @TruffleBoundary
    final boolean isHashEntryModifiable(Object key) {
        return isHashEntryReadable(key);
    }

    @ExportMessage
    @TruffleBoundary
    final boolean isHashEntryInsertable(Object key) {
        return this instanceof JSCollection c && c.isMap() && !c.getTable().has(JSInterop.toJS(key));
    }

    /** {@code map.set(key, value)} (the table itself: a patched Map.prototype.set is not consulted, as for the builtin). */
    @ExportMessage
    @TruffleBoundary
    final void writeHashEntry(Object key, Object value) throws com.oracle.truffle.api.interop.UnsupportedMessageException {
        map().getTable().put(JSInterop.toJS(key), JSInterop.toJS(value));
    }

    @ExportMessage
    @TruffleBoundary
    final boolean isHashEntryRemovable(Object key) {
        return isHashEntryReadable(key);
    }

    @ExportMessage
    @TruffleBoundary
    final void removeHashEntry(Object key) throws com.oracle.truffle.api.interop.UnsupportedMessageException,
                    com.oracle.truffle.api.interop.UnknownKeyException {
        if (!map().getTable().remove(JSInterop.toJS(key))) {
            throw com.oracle.truffle.api.interop.UnknownKeyException.create(key);
        }
    }

    /** The entries in insertion order, each a [key, value] array. */
    @ExportMessage
    @TruffleBoundary
    final Object getHashEntriesIterator() throws com.oracle.truffle.api.interop.UnsupportedMessageException {
        OrderedTable t = map().getTable();
        List<Object> pairs = new ArrayList<>();
        for (int i = 0; i < t.slots(); i++) {
            if (t.isLive(i)) {
                pairs.add(JSRuntime.createArray(new Object[]{t.keyAt(i), t.valueAt(i)}));
            }
        }
        return dev.dunder.runtime.js.interop.JsIterator.over(pairs.iterator());
    }

    // meta objects: an object's constructor; a constructor is the meta object of its instances

    @ExportMessage
    @TruffleBoundary
    final boolean hasMetaObject() {
        return !(this instanceof JSProxy) && JSRuntime.constructorName(this) != null && constructorFunction() != null;
    }

    @ExportMessage
    @TruffleBoundary
    final Object getMetaObject() throws com.oracle.truffle.api.interop.UnsupportedMessageException {
        JSObject c = this instanceof JSProxy ? null : constructorFunction();
        if (c == null) {
            throw com.oracle.truffle.api.interop.UnsupportedMessageException.create();
        }
        return c;
    }

    /** The constructor on the prototype chain (by data properties only: no getter runs). */
    private JSObject constructorFunction() {
        for (JSObject p = getPrototype(); p != null && !(p instanceof JSProxy); p = p.getPrototype()) {
            PropertyDescriptor d = p.getOwnProperty("constructor");
            if (d != null) {
                return d.isDataDescriptor() && d.value instanceof JSFunction f && f.isConstructor() ? f : null;
            }
        }
        return null;
    }

    @ExportMessage
    final boolean isMetaObject() {
        return this instanceof JSFunction f && f.isConstructor();
    }

    @ExportMessage
    @TruffleBoundary
    final Object getMetaQualifiedName() throws com.oracle.truffle.api.interop.UnsupportedMessageException {
        return getMetaSimpleName();
    }

    @ExportMessage
    @TruffleBoundary
    final Object getMetaSimpleName() throws com.oracle.truffle.api.interop.UnsupportedMessageException {
        if (!(this instanceof JSFunction f && f.isConstructor())) {
            throw com.oracle.truffle.api.interop.UnsupportedMessageException.create();
        }
        String n = f.getData().getName();
        return n == null || n.isEmpty() ? "(anonymous)" : n;
    }

    /** {@code instance instanceof this}, by the prototype chain (OrdinaryHasInstance: no Symbol.hasInstance code runs). */
    @ExportMessage
    @TruffleBoundary
    final boolean isMetaInstance(Object instance) throws com.oracle.truffle.api.interop.UnsupportedMessageException {
        if (!isMetaObject()) {
            throw com.oracle.truffle.api.interop.UnsupportedMessageException.create();
        }
        return instance instanceof JSObject && JSRuntime.ordinaryHasInstance(this, instance);
    }
}
