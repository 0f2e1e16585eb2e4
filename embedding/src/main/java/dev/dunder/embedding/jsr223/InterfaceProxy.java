package dev.dunder.embedding.jsr223;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;

import org.graalvm.polyglot.Value;

import dev.dunder.embedding.Dunder;

/**
 * {@code Invocable.getInterface}: a Java interface implemented by the script's global
 * functions (or an object's methods), one call per interface method, results converted to
 * the method's return type. It works whatever the host access policy is, because the
 * calls go from Java into the script, never the other way.
 */
final class InterfaceProxy implements InvocationHandler {
    private final Dunder dunder;
    /** The object whose methods implement the interface, or null for the global functions. */
    private final Value receiver;

    private InterfaceProxy(Dunder dunder, Value receiver) {
        this.dunder = dunder;
        this.receiver = receiver;
    }

    /** The proxy, or null when some interface method has no matching function (as JSR-223 asks). */
    static <T> T create(Dunder dunder, Value receiver, Class<T> type) {
        InterfaceProxy handler = new InterfaceProxy(dunder, receiver);
        for (Method m : type.getMethods()) {
            if (!m.isDefault() && handler.target(m.getName()) == null) {
                return null;
            }
        }
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[]{type}, handler));
    }

    private Value target(String name) {
        Value f = receiver == null ? dunder.getGlobal(name) : receiver.getMember(name);
        return f != null && f.canExecute() ? f : null;
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        if (method.getDeclaringClass() == Object.class) {
            return switch (method.getName()) {
                case "equals" -> proxy == args[0];
                case "hashCode" -> System.identityHashCode(proxy);
                default -> "script implementation of " + proxy.getClass().getInterfaces()[0].getName();
            };
        }
        if (method.isDefault()) {
            return InvocationHandler.invokeDefault(proxy, method, args);
        }
        Value f = target(method.getName());
        if (f == null) {
            throw new UnsupportedOperationException("the script defines no '" + method.getName() + "'");
        }
        Object[] arguments = args == null ? new Object[0] : args;
        // a method of a script object is called as the language's method call (Lua: obj:m(args), self passed)
        Value result = receiver != null && receiver.canInvokeMember(method.getName()) ? dunder.invoke(receiver, method.getName(), arguments)
                        : dunder.execute(f, arguments);
        Class<?> type = method.getReturnType();
        if (type == void.class) {
            return null;
        }
        return result.as(boxed(type));
    }

    private static Class<?> boxed(Class<?> type) {
        if (!type.isPrimitive()) {
            return type;
        }
        return switch (type.getName()) {
            case "int" -> Integer.class;
            case "long" -> Long.class;
            case "double" -> Double.class;
            case "float" -> Float.class;
            case "boolean" -> Boolean.class;
            case "short" -> Short.class;
            case "byte" -> Byte.class;
            default -> Character.class;
        };
    }
}
