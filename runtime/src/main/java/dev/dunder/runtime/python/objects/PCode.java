package dev.dunder.runtime.python.objects;

import com.oracle.truffle.api.RootCallTarget;

/**
 * What a {@code def} or {@code lambda} compiles to, shared by every function object
 * made from it: the Truffle call target, the signature and a few facts CPython
 * keeps in code objects.
 */
public final class PCode {
    private final String name;
    private final String filename;
    private final int firstLine;
    private final Signature signature;
    private final boolean generator;
    private RootCallTarget callTarget;

    public PCode(String name, String filename, int firstLine, Signature signature, boolean generator) {
        this.name = name;
        this.filename = filename;
        this.firstLine = firstLine;
        this.signature = signature;
        this.generator = generator;
    }

    public String getName() {
        return name;
    }

    public String getFilename() {
        return filename;
    }

    public int getFirstLine() {
        return firstLine;
    }

    public Signature getSignature() {
        return signature;
    }

    public boolean isGenerator() {
        return generator;
    }

    public RootCallTarget getCallTarget() {
        return callTarget;
    }

    public void setCallTarget(RootCallTarget callTarget) {
        this.callTarget = callTarget;
    }
}
