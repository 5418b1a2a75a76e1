package io.github.fazhi.core.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The fictional reports every format's tests read in their own format and as text, from
 * {@code io/github/fazhi/core/testing/fixtures/} in core's test-jar (see the README there for how each
 * format's file was made): {@code qingyuan-2025} (a street office, automatic numbering, a table) and
 * {@code qinghe-justice-2025} (a district justice bureau, the long example report).
 */
public final class Fixtures {

    private Fixtures() {}

    /** The text of fixture {@code name} ({@code qingyuan-2025.txt}). */
    public static String text(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }

    /** The bytes of fixture {@code name}. */
    public static byte[] bytes(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("fixtures/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
