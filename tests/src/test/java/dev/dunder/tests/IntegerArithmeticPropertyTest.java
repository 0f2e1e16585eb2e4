package dev.dunder.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.bigIntegers;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigInteger;

import org.graalvm.polyglot.Context;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Python's integer arithmetic (+ - * // % **, comparisons) agrees with a reference
 * model written over {@link BigInteger} with Python's rules: floor division rounds
 * toward negative infinity and the remainder takes the divisor's sign. Values range
 * from small to well past 64 bits, so the long fast paths and their overflow into big
 * integers are both exercised.
 */
class IntegerArithmeticPropertyTest {
    private static Context context;

    @BeforeAll
    static void open() {
        context = Context.newBuilder("dunder-python").build();
    }

    @AfterAll
    static void close() {
        context.close();
    }

    private static Gen<BigInteger> anyInt() {
        Gen<BigInteger> small = integers().between(-1000, 1000).map(BigInteger::valueOf);
        Gen<BigInteger> nearLong = longs().all().map(BigInteger::valueOf);
        Gen<BigInteger> big = bigIntegers().ofBytes(24);
        return small.mix(nearLong, 30).mix(big, 30);
    }

    /** Python's floor division and modulo. */
    static BigInteger[] floorDivMod(BigInteger a, BigInteger b) {
        BigInteger[] qr = a.divideAndRemainder(b);
        if (qr[1].signum() != 0 && qr[1].signum() != b.signum()) {
            qr[0] = qr[0].subtract(BigInteger.ONE);
            qr[1] = qr[1].add(b);
        }
        return qr;
    }

    static String dunder(String expression) {
        return context.eval("dunder-python", expression).asString();
    }

    @Test
    void additiveAndMultiplicativeOperators() {
        qt().withExamples(300).forAll(anyInt(), anyInt()).checkAssert((a, b) -> {
            String expected = a.add(b) + " " + a.subtract(b) + " " + a.multiply(b);
            assertEquals(expected, dunder("str(" + a + " + " + b + ") + ' ' + str(" + a + " - " + b + ") + ' ' + str((" + a + ") * (" + b + "))"));
        });
    }

    @Test
    void floorDivisionAndModulo() {
        qt().withExamples(300).forAll(anyInt(), anyInt()).assuming((a, b) -> b.signum() != 0).checkAssert((a, b) -> {
            BigInteger[] qr = floorDivMod(a, b);
            String actual = dunder("f'{(" + a + ") // (" + b + ")} {(" + a + ") % (" + b + ")} {divmod(" + a + ", " + b + ")}'");
            assertEquals(qr[0] + " " + qr[1] + " (" + qr[0] + ", " + qr[1] + ")", actual);
        });
    }

    @Test
    void comparisons() {
        qt().withExamples(300).forAll(anyInt(), anyInt()).checkAssert((a, b) -> {
            int c = a.compareTo(b);
            String expected = py(c < 0) + " " + py(c <= 0) + " " + py(c == 0) + " " + py(c != 0) + " " + py(c > 0) + " " + py(c >= 0);
            String x = "(" + a + ")";
            String y = "(" + b + ")";
            assertEquals(expected, dunder("' '.join(str(v) for v in (" + x + "<" + y + ", " + x + "<=" + y + ", " + x + "==" + y + ", " + x + "!=" + y + ", "
                            + x + ">" + y + ", " + x + ">=" + y + "))"));
        });
    }

    @Test
    void powers() {
        qt().withExamples(200).forAll(anyInt(), integers().between(0, 40)).checkAssert((a, n) -> {
            assertEquals(a.pow(n).toString(), dunder("str((" + a + ") ** " + n + ")"));
        });
    }

    @Test
    void shiftsAndBitwise() {
        qt().withExamples(200).forAll(anyInt(), integers().between(0, 90)).checkAssert((a, n) -> {
            String expected = a.shiftLeft(n) + " " + a.shiftRight(n) + " " + a.and(BigInteger.valueOf(n)) + " " + a.or(BigInteger.valueOf(n)) + " "
                            + a.xor(BigInteger.valueOf(n)) + " " + a.not();
            String x = "(" + a + ")";
            assertEquals(expected, dunder("f'{" + x + " << " + n + "} {" + x + " >> " + n + "} {" + x + " & " + n + "} {" + x + " | " + n + "} {" + x + " ^ " + n
                            + "} {~" + x + "}'"));
        });
    }

    private static String py(boolean b) {
        return b ? "True" : "False";
    }
}
