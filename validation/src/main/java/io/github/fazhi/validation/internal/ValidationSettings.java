package io.github.fazhi.validation.internal;

import io.github.fazhi.validation.Profile;
import java.util.Locale;

/**
 * What every rule may read while it runs, handed to Hibernate Validator as the constraint-validator
 * payload of the validator factory.
 *
 * @param profile the profile checked against
 * @param locale the locale messages are written in
 */
public record ValidationSettings(Profile profile, Locale locale) {

    /** The settings used when a rule runs outside a {@code ReportValidator}. */
    public static final ValidationSettings DEFAULT =
            new ValidationSettings(Profile.national(), Locale.SIMPLIFIED_CHINESE);
}
