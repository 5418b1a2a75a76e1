package io.github.fazhi.assertj;

import java.util.Objects;
import java.util.function.Function;
import org.assertj.core.api.SoftAssertionsProvider;

/**
 * How an assertion makes the assertions it navigates to ({@code section(...)}, {@code hasFinding(...)}): plain
 * objects for hard assertions, proxies of the soft assertions provider for soft ones, so that a failure further
 * down a chain started with {@code softly.assertThat(report)} is collected too.
 */
final class Children {

    /** For hard assertions: children are plain objects and a missing child fails at once. */
    static final Children HARD = new Children(null);

    private final SoftAssertionsProvider soft;

    private Children(SoftAssertionsProvider soft) {
        this.soft = soft;
    }

    /** For assertions proxied by {@code provider}. */
    static Children soft(SoftAssertionsProvider provider) {
        return new Children(Objects.requireNonNull(provider, "provider"));
    }

    boolean isSoft() {
        return soft != null;
    }

    <C extends AbstractFazhiAssert<C, T>, T> C create(
            Class<C> type, Class<T> actualType, T value, Function<T, C> direct) {
        return soft == null ? direct.apply(value) : soft.proxy(type, actualType, value);
    }

    void collect(AssertionError error) {
        soft.collectAssertionError(error);
    }
}
