package io.github.fazhi.ofd.internal.extract;

/**
 * A text code's {@code DeltaX} (GB/T 33190 §11.3: advances separated by spaces, {@code g n v} for {@code n}
 * times {@code v}) read straight from the attribute, as ofdrw reads it ({@code TextCode.getDeltaX()} and
 * {@code DeltaTool.getDelta}) but without its regular-expression splits, its lists of strings and its boxed
 * floats. Only the plain form is read here: ASCII digits, points, minus signs, {@code g} and spaces,
 * each number at most seven significant digits (so that one float division of exact operands gives the value
 * {@link Float#parseFloat} gives, both being the float nearest to it); anything else is left to ofdrw.
 */
final class DeltaX {

    /** Exact powers of ten as floats: 10^0 to 10^10. */
    private static final float[] TENS = {1e0f, 1e1f, 1e2f, 1e3f, 1e4f, 1e5f, 1e6f, 1e7f, 1e8f, 1e9f, 1e10f};

    /** The largest {@code g} run read here; a longer one is left to ofdrw, which expands it as it is. */
    private static final int MAX_RUN = 100_000;

    private DeltaX() {}

    /** The advances in {@code attr}, or {@code null} when it is not in the plain form. */
    static float[] parse(String attr) {
        int n = attr.length();
        for (int i = 0; i < n; i++) {
            char c = attr.charAt(i);
            if (!(c >= '0' && c <= '9' || c == '.' || c == '-' || c == ' ' || c == 'g')) {
                return null;
            }
        }
        float[] out = new float[Math.max(4, n / 2)];
        int size = 0;
        boolean g = false; // a "g" read: a count comes next
        int run = -1; // a count read: the value comes next, this many times
        int i = 0;
        while (i < n) {
            if (attr.charAt(i) == ' ') {
                i++;
                continue;
            }
            int end = attr.indexOf(' ', i);
            if (end < 0) {
                end = n;
            }
            if (end - i == 1 && attr.charAt(i) == 'g') {
                g = true;
            } else if (g) {
                run = count(attr, i, end);
                if (run < 0) {
                    return null;
                }
                g = false;
            } else {
                float v = number(attr, i, end);
                if (Float.isNaN(v)) {
                    return null;
                }
                int times = run >= 0 ? run : 1;
                run = -1;
                if (size + times > out.length) {
                    out = java.util.Arrays.copyOf(out, Math.max(out.length * 2, size + times));
                }
                for (int k = 0; k < times; k++) {
                    out[size++] = v;
                }
            }
            i = end;
        }
        return size == out.length ? out : java.util.Arrays.copyOf(out, size);
    }

    /** A run's count: ASCII digits, at most {@link #MAX_RUN}; else -1. */
    private static int count(String s, int from, int to) {
        if (to - from > 6) {
            return -1;
        }
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v <= MAX_RUN ? v : -1;
    }

    /**
     * A plain decimal ({@code -}? digits, at most one point, at least one digit, at most seven significant
     * digits and ten after the point) as {@link Float#parseFloat} reads it; else NaN.
     */
    private static float number(String s, int from, int to) {
        int i = from;
        boolean negative = i < to && s.charAt(i) == '-';
        if (negative) {
            i++;
        }
        long m = 0;
        int digits = 0; // significant: from the first that is not zero
        int fraction = -1; // digits after the point, once one is read
        boolean any = false;
        for (; i < to; i++) {
            char c = s.charAt(i);
            if (c == '.') {
                if (fraction >= 0) {
                    return Float.NaN;
                }
                fraction = 0;
            } else if (c >= '0' && c <= '9') {
                any = true;
                if (m > 0 || c != '0') {
                    digits++;
                }
                m = m * 10 + (c - '0');
                if (fraction >= 0) {
                    fraction++;
                }
                if (digits > 7 || fraction > 10) {
                    return Float.NaN;
                }
            } else {
                return Float.NaN;
            }
        }
        if (!any) {
            return Float.NaN;
        }
        float v = fraction > 0 ? (float) m / TENS[fraction] : (float) m;
        return negative ? -v : v;
    }
}
