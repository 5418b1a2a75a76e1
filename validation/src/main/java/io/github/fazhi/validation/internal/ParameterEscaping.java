package io.github.fazhi.validation.internal;

import java.util.Arrays;

/**
 * Escapes message parameters the way Hibernate Validator 9.1's {@code MessageParameterEscaping.ESCAPE}
 * does, on every Hibernate Validator from 8.0 up: a backslash before each {@code \ { } $}, so that report
 * text inside a parameter comes out of interpolation exactly as it went in ({@code ${…}}, {@code #{…}},
 * {@code {…}} and backslashes included) and is never read as a term.
 *
 * <p>Hibernate Validator 9.1 escapes parameters itself by default; {@link #DISABLE_BUILT_IN} turns that
 * off, so that parameters are escaped once, here, on every version.
 */
public final class ParameterEscaping {

    /**
     * The configuration property that makes Hibernate Validator 9.1 leave parameters as given (8.0 and 9.0
     * ignore it).
     */
    public static final String PROPERTY = "hibernate.validator.message_parameter_escaping";

    /** The value of {@link #PROPERTY} that disables Hibernate Validator's own escaping. */
    public static final String DISABLE_BUILT_IN = "none";

    private ParameterEscaping() {}

    /**
     * {@code value} escaped: numbers and booleans as they are, arrays as {@link Arrays#toString}, anything
     * else as its {@code toString()} with {@code \ { } $} escaped.
     */
    public static Object escape(Object value) {
        if (value instanceof Number || value instanceof Boolean) {
            return value;
        }
        return escape(asText(value));
    }

    /** {@code text} with a backslash before each {@code \ { } $}. */
    public static String escape(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' || c == '{' || c == '}' || c == '$') {
                if (out == null) {
                    out = new StringBuilder(text.length() + 8).append(text, 0, i);
                }
                out.append('\\');
            }
            if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    private static String asText(Object value) {
        if (value instanceof Object[] objects) {
            return Arrays.toString(objects);
        } else if (value instanceof int[] ints) {
            return Arrays.toString(ints);
        } else if (value instanceof long[] longs) {
            return Arrays.toString(longs);
        } else if (value instanceof char[] chars) {
            return Arrays.toString(chars);
        } else if (value instanceof double[] doubles) {
            return Arrays.toString(doubles);
        } else if (value instanceof boolean[] booleans) {
            return Arrays.toString(booleans);
        } else if (value instanceof byte[] bytes) {
            return Arrays.toString(bytes);
        } else if (value instanceof short[] shorts) {
            return Arrays.toString(shorts);
        } else if (value instanceof float[] floats) {
            return Arrays.toString(floats);
        }
        return String.valueOf(value);
    }
}
