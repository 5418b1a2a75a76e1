package io.github.fazhi.assertj;

import io.github.fazhi.assertj.internal.FazhiRepresentation;
import io.github.fazhi.assertj.internal.Texts;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import org.assertj.core.api.AbstractObjectAssert;

/**
 * What fazhi's assertions share: the locale their failure messages are written in (Chinese unless told
 * otherwise, or the locale of the validation the assertion is about), a short representation of reports and
 * findings in AssertJ's own messages, and navigation to other assertions that also works inside
 * {@link FazhiSoftAssertions}.
 *
 * <pre>{@code
 * assertThat(report).inLocale(Locale.ENGLISH).hasReportingYear(2024); // fails in English
 * }</pre>
 *
 * @param <SELF> the assertion's own type
 * @param <ACTUAL> the type of the object under test
 */
public abstract class AbstractFazhiAssert<SELF extends AbstractFazhiAssert<SELF, ACTUAL>, ACTUAL>
        extends AbstractObjectAssert<SELF, ACTUAL> {

    /** The language of the failure messages. */
    Locale locale = Locale.SIMPLIFIED_CHINESE;

    /** How to make the assertions this one navigates to. */
    Children children = Children.HARD;

    /**
     * Set on the assertion a soft navigation returns when its target is missing: the failure is already
     * collected, so the assertions chained on it pass without looking.
     */
    boolean detached;

    /**
     * An assertion on {@code actual}, printing fazhi's types in their short form.
     *
     * @param actual the value asserted on
     * @param selfType the concrete assertion class, for AssertJ's fluent returns
     */
    protected AbstractFazhiAssert(ACTUAL actual, Class<?> selfType) {
        super(actual, selfType);
        info.useRepresentation(FazhiRepresentation.INSTANCE);
    }

    /**
     * Writes this assertion's failure messages in {@code locale}: Chinese by default, English for any locale
     * whose language is {@code en}.
     */
    public SELF inLocale(Locale locale) {
        this.locale = Objects.requireNonNull(locale, "locale");
        return myself;
    }

    /**
     * Whether to skip the assertion: true on a detached soft child; otherwise checks that there is something
     * under test.
     */
    final boolean skip() {
        if (detached) {
            return true;
        }
        isNotNull();
        return false;
    }

    final String text(String key, Object... args) {
        return Texts.format(locale, key, args);
    }

    final String text(Locale in, String key, Object... args) {
        return Texts.format(in, key, args);
    }

    /** Fails with {@code message} (after the description set with {@code as(...)}), taken as it is. */
    final void fail(String message) {
        failWithMessage("%s", message);
    }

    /** Fails with {@code message}, telling IDEs the expected and actual values for a diff. */
    final void fail(String message, Object actualValue, Object expectedValue) {
        failWithActualExpectedAndMessage(actualValue, expectedValue, "%s", message);
    }

    /** An assertion on {@code value}, made the way this assertion makes its children (plain or soft). */
    final <C extends AbstractFazhiAssert<C, T>, T> C child(
            Class<C> type, Class<T> actualType, T value, Function<T, C> direct) {
        C c = children.create(type, actualType, value, direct);
        c.locale = locale;
        c.children = children;
        if (info.hasDescription()) {
            c.info.description(info.description());
        }
        return c;
    }

    /**
     * Fails because the child to navigate to is missing. A hard assertion throws; a soft one collects the
     * failure and returns a detached child on which every assertion passes, so one missing section gives one
     * failure rather than one per chained assertion.
     */
    final <C extends AbstractFazhiAssert<C, T>, T> C missing(
            String message, Class<C> type, Class<T> actualType, Function<T, C> direct) {
        AssertionError error = failure("%s", message);
        if (!children.isSoft()) {
            throw error;
        }
        children.collect(error);
        return detachedChild(type, actualType, direct);
    }

    /**
     * The child of a navigation from a detached assertion (detached too) or from nothing under test (which fails
     * like {@code isNotNull()}; a soft assertion collects that failure rather than returning null).
     */
    final <C extends AbstractFazhiAssert<C, T>, T> C fromNothing(
            Class<C> type, Class<T> actualType, Function<T, C> direct) {
        if (detached) {
            return detachedChild(type, actualType, direct);
        }
        return missing("\nExpecting actual not to be null", type, actualType, direct);
    }

    /** A child with nothing under test on which every assertion passes (see the navigation methods). */
    final <C extends AbstractFazhiAssert<C, T>, T> C detachedChild(
            Class<C> type, Class<T> actualType, Function<T, C> direct) {
        C c = child(type, actualType, null, direct);
        c.detached = true;
        return c;
    }
}
