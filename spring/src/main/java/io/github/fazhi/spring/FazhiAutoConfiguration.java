package io.github.fazhi.spring;

import io.github.fazhi.core.read.ReadOptions;
import io.github.fazhi.render.ReportRenderer;
import io.github.fazhi.validation.Profile;
import io.github.fazhi.validation.ReportValidator;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * fazhi for a Spring Boot 3.x or 4.x application, from the {@code fazhi.*} properties ({@link
 * FazhiProperties}). Each bean backs off when the application defines its own of that type:
 *
 * <ul>
 *   <li>{@link Profile}: the profile named by {@code fazhi.profile} ({@code national});
 *   <li>{@link ReportValidator}: that profile, messages in {@code fazhi.locale};
 *   <li>{@link LocalizedReportValidator}: the same profile (the application's {@code ReportValidator}'s,
 *       when it defines one), messages in the request's locale;
 *   <li>{@link ReportReaders}: every reader on the class path, inputs bounded by {@code
 *       fazhi.read.max-input-size};
 *   <li>{@link ReportRenderers}: every renderer on the class path, the application's {@link ReportRenderer}
 *       beans first.
 * </ul>
 *
 * <pre>{@code
 * @Bean
 * Profile shaanxi() { // replaces fazhi.profile: the validators check against this one
 *     return Profile.extending(Profile.national()).name("shaanxi").minDutyCoverage(4).build();
 * }
 * }</pre>
 */
@AutoConfiguration
@EnableConfigurationProperties(FazhiProperties.class)
public class FazhiAutoConfiguration {

    /** Made by Spring. */
    public FazhiAutoConfiguration() {}

    /**
     * The profile {@code fazhi.profile} names.
     *
     * @throws IllegalStateException at start-up, naming the known profiles, when fazhi has none of that name
     */
    @Bean
    @ConditionalOnMissingBean
    public Profile fazhiProfile(FazhiProperties properties) {
        Profile national = Profile.national();
        if (!national.name().equals(properties.getProfile())) {
            throw new IllegalStateException("fazhi.profile=" + properties.getProfile()
                    + ": fazhi has no profile of that name (it has: " + national.name()
                    + "); define a Profile bean for a profile of your own");
        }
        return national;
    }

    /** A validator for the profile, writing in {@code fazhi.locale}. */
    @Bean
    @ConditionalOnMissingBean
    public ReportValidator reportValidator(Profile profile, FazhiProperties properties) {
        return ReportValidator.builder()
                .profile(profile)
                .locale(locales(properties).defaultLocale())
                .failFastByCategory(properties.getValidation().isFailFastByCategory())
                .build();
    }

    /** Validators for the profile of the {@link ReportValidator} bean, one per message language. */
    @Bean
    @ConditionalOnMissingBean
    public LocalizedReportValidator localizedReportValidator(ReportValidator validator, FazhiProperties properties) {
        return new LocalizedReportValidator(
                validator.profile(), properties.getValidation().isFailFastByCategory(), locales(properties));
    }

    /** The readers, with the {@code fazhi.read.*} options. */
    @Bean
    @ConditionalOnMissingBean
    public ReportReaders reportReaders(FazhiProperties properties) {
        ReadOptions options = ReadOptions.builder()
                .locale(locales(properties).defaultLocale())
                .maxInputBytes(properties.getRead().getMaxInputSize().toBytes())
                .build();
        return new ReportReaders(options, locales(properties));
    }

    /** The renderers on the class path, the application's own first. */
    @Bean
    @ConditionalOnMissingBean
    public ReportRenderers reportRenderers(ObjectProvider<ReportRenderer> own) {
        return new ReportRenderers(own.orderedStream().toList());
    }

    private static RequestLocales locales(FazhiProperties properties) {
        return new RequestLocales(properties.getLocale(), properties.isFollowRequestLocale());
    }
}
