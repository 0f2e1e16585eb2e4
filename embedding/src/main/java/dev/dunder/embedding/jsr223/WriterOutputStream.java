package dev.dunder.embedding.jsr223;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/**
 * The guest's standard output as bytes, written to the JSR-223 ScriptContext's current
 * Writer (looked up at every write, since {@code ScriptContext.setWriter} may change it).
 * Bytes are decoded as UTF-8, keeping an incomplete character for the next write.
 */
final class WriterOutputStream extends OutputStream {
    private final Supplier<Writer> target;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
    private final ByteBuffer pending = ByteBuffer.allocate(4096);
    private final CharBuffer chars = CharBuffer.allocate(4096);

    WriterOutputStream(Supplier<Writer> target) {
        this.target = target;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[]{(byte) b}, 0, 1);
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) throws IOException {
        while (len > 0) {
            int n = Math.min(len, pending.remaining());
            pending.put(b, off, n);
            off += n;
            len -= n;
            decode();
        }
    }

    private void decode() throws IOException {
        pending.flip();
        CoderResult result;
        do {
            result = decoder.decode(pending, chars, false);
            chars.flip();
            target.get().write(chars.array(), chars.position(), chars.remaining());
            chars.clear();
        } while (result.isOverflow());
        pending.compact();
    }

    @Override
    public synchronized void flush() throws IOException {
        decode();
        target.get().flush();
    }
}
