package dev.dunder.runtime.python.objects;

import java.math.BigInteger;

/**
 * {@code range(start, stop, step)}. Bounds are longs in the common case; ranges whose
 * bounds or length do not fit a long keep exact BigInteger bounds ({@link #isBig()}).
 */
public final class PRange extends PyObject {
    private final long start;
    private final long stop;
    private final long step;
    /** {start, stop, step} when the range needs arbitrary precision, else null. */
    private final BigInteger[] big;

    public PRange(long start, long stop, long step) {
        super(PyTypes.RANGE.getInstanceShape());
        this.start = start;
        this.stop = stop;
        this.step = step;
        this.big = null;
    }

    public PRange(BigInteger start, BigInteger stop, BigInteger step) {
        super(PyTypes.RANGE.getInstanceShape());
        this.start = 0;
        this.stop = 0;
        this.step = 1;
        this.big = new BigInteger[]{start, stop, step};
    }

    public boolean isBig() {
        return big != null;
    }

    public long getStart() {
        return start;
    }

    public long getStop() {
        return stop;
    }

    public long getStep() {
        return step;
    }

    public BigInteger bigStart() {
        return big != null ? big[0] : BigInteger.valueOf(start);
    }

    public BigInteger bigStop() {
        return big != null ? big[1] : BigInteger.valueOf(stop);
    }

    public BigInteger bigStep() {
        return big != null ? big[2] : BigInteger.valueOf(step);
    }

    public long length() {
        if (step > 0) {
            return start < stop ? (stop - start - 1) / step + 1 : 0;
        }
        return start > stop ? (start - stop - 1) / (-step) + 1 : 0;
    }

    /** The exact length, for ranges of any size. */
    public BigInteger bigLength() {
        if (big == null) {
            return BigInteger.valueOf(length());
        }
        BigInteger lo = big[0];
        BigInteger hi = big[1];
        BigInteger st = big[2];
        if (st.signum() > 0) {
            return lo.compareTo(hi) < 0 ? hi.subtract(lo).subtract(BigInteger.ONE).divide(st).add(BigInteger.ONE) : BigInteger.ZERO;
        }
        return lo.compareTo(hi) > 0 ? lo.subtract(hi).subtract(BigInteger.ONE).divide(st.negate()).add(BigInteger.ONE) : BigInteger.ZERO;
    }

    public long get(long i) {
        return start + i * step;
    }

    public BigInteger bigGet(BigInteger i) {
        return bigStart().add(i.multiply(bigStep()));
    }
}
