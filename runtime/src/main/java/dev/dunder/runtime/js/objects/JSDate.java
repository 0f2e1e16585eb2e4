package dev.dunder.runtime.js.objects;

import com.oracle.truffle.api.object.Shape;

/** A Date instance: [[DateValue]], milliseconds since the epoch (NaN for an invalid date). */
public final class JSDate extends JSObject {
    private double time;

    public JSDate(Shape shape, double time) {
        super(shape);
        this.time = time;
    }

    public double getTime() {
        return time;
    }

    public void setTime(double time) {
        this.time = time;
    }

    @Override
    public String getBuiltinTag() {
        return "Date";
    }
}
