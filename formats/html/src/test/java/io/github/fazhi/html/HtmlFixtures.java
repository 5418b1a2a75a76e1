package io.github.fazhi.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The checked-in pages (see FIXTURES.md beside them). */
public final class HtmlFixtures {

    private HtmlFixtures() {}

    /** The bytes of the checked-in page {@code name}. */
    public static byte[] bytes(String name) {
        try (InputStream in = HtmlFixtures.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
