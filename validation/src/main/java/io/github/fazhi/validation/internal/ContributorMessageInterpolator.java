package io.github.fazhi.validation.internal;

import jakarta.validation.MessageInterpolator;
import java.util.Locale;
import java.util.Set;
import org.hibernate.validator.messageinterpolation.AbstractMessageInterpolator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.hibernate.validator.spi.resourceloading.ResourceBundleLocator;

/**
 * Hibernate Validator's {@link ParameterMessageInterpolator} over fazhi's own bundles.
 *
 * <p>{@code ParameterMessageInterpolator} offers no constructor that takes a {@link ResourceBundleLocator},
 * so it would read the application's {@code ValidationMessages} first. This interpolator uses the same
 * {@link AbstractMessageInterpolator} machinery with a {@link MessagesLocator} as user and contributor
 * bundle, and leaves every term to {@code ParameterMessageInterpolator}: only {@code {parameter}} terms are
 * replaced, expression language is never evaluated (so no {@code jakarta.el} is needed), and message
 * parameters are escaped, so report text inside them prints as it is.
 */
public final class ContributorMessageInterpolator extends AbstractMessageInterpolator {

    private final TermResolver terms = new TermResolver();

    /** An interpolator writing in {@code locale}, reading templates through {@code locator}. */
    public ContributorMessageInterpolator(ResourceBundleLocator locator, Locale locale) {
        super(locator, locator, Set.of(locale), locale, context -> locale, false, true);
    }

    @Override
    protected String interpolate(MessageInterpolator.Context context, Locale locale, String term) {
        return terms.resolve(context, locale, term);
    }

    /** Gives access to {@code ParameterMessageInterpolator}'s term resolution. */
    private static final class TermResolver extends ParameterMessageInterpolator {
        TermResolver() {
            super(Set.of(), Locale.ROOT, false);
        }

        String resolve(MessageInterpolator.Context context, Locale locale, String term) {
            return interpolate(context, locale, term);
        }
    }
}
