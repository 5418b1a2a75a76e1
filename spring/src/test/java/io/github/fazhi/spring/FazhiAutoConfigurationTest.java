package io.github.fazhi.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.PlainTextReader;
import io.github.fazhi.core.ReportReadException;
import io.github.fazhi.render.RenderFormat;
import io.github.fazhi.render.ReportRenderer;
import io.github.fazhi.validation.Finding;
import io.github.fazhi.validation.Profile;
import io.github.fazhi.validation.ReportValidator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootVersion;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * The auto-configuration with Spring Boot's {@link ApplicationContextRunner}, on Spring Boot 3 and, in the
 * build's second run, on Spring Boot 4: the beans and their defaults, the {@code fazhi.*} properties, each
 * bean backing off for the application's own, and messages that follow the request's locale.
 */
class FazhiAutoConfigurationTest {

    private final ApplicationContextRunner runner =
            new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(FazhiAutoConfiguration.class));

    /** A report of a fictional office with no title: one title-missing finding among others. */
    private static final String UNTITLED = "2025年，区司法局依法履职。现将有关情况报告如下：\n\n一、2025年推进法治政府建设的主要举措和成效\n全年办案120件。\n";

    @AfterEach
    void noRequest() {
        LocaleContextHolder.resetLocaleContext();
    }

    private static AnnualReport untitled() {
        return PlainTextReader.standard().read(UNTITLED, "untitled.txt");
    }

    @Test
    void runsOnTheSpringBootItWasMeantFor() {
        String expected = System.getProperty("fazhi.expected.spring-boot", "");
        assumeTrue(!expected.isEmpty(), "run outside the build's surefire executions");
        assertThat(SpringBootVersion.getVersion()).isEqualTo(expected);
    }

    @Test
    void theAutoConfigurationIsRegisteredForSpringBoot() throws IOException {
        try (InputStream in = getClass()
                .getResourceAsStream(
                        "/META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports")) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8).trim())
                    .isEqualTo(FazhiAutoConfiguration.class.getName());
        }
    }

    @Test
    void byDefaultEveryBeanIsThereWithTheNationalProfileInChinese() {
        runner.run(context -> {
            assertThat(context).hasSingleBean(Profile.class);
            assertThat(context.getBean(Profile.class).name()).isEqualTo("national");
            ReportValidator validator = context.getBean(ReportValidator.class);
            assertThat(validator.locale()).isEqualTo(Locale.SIMPLIFIED_CHINESE);
            assertThat(validator.validate(untitled()).findings("title-missing"))
                    .singleElement()
                    .satisfies(f -> assertThat(f.message()).isEqualTo("报告没有标题"));
            assertThat(context).hasSingleBean(LocalizedReportValidator.class);
            assertThat(context.getBean(ReportReaders.class).formats()).contains("text", "json");
            assertThat(context.getBean(ReportReaders.class).options().maxInputBytes())
                    .isEqualTo(64L * 1024 * 1024);
            assertThat(context.getBean(ReportRenderers.class).formats()).contains("text", "markdown", "html");
        });
    }

    @Test
    void thePropertiesSetLocaleLimitAndFailFast() {
        runner.withPropertyValues(
                        "fazhi.locale=en",
                        "fazhi.read.max-input-size=1KB",
                        "fazhi.validation.fail-fast-by-category=true")
                .run(context -> {
                    assertThat(context.getBean(ReportValidator.class).locale()).isEqualTo(Locale.ENGLISH);
                    ReportReaders readers = context.getBean(ReportReaders.class);
                    assertThat(readers.options().maxInputBytes()).isEqualTo(1024);
                    byte[] big = UNTITLED.repeat(20).getBytes(StandardCharsets.UTF_8);
                    assertThatThrownBy(() -> readers.read(new ByteArrayInputStream(big), "big.txt"))
                            .isInstanceOf(ReportReadException.class)
                            .hasMessage(
                                    "big.txt: the input is larger than the limit of 1024 bytes; this is not a report");
                    assertThat(readers.read(UNTITLED.getBytes(StandardCharsets.UTF_8), "small.txt")
                                    .title())
                            .isEmpty();
                });
    }

    @Test
    void anUnknownProfileStopsTheStartWithTheNamesThereAre() {
        runner.withPropertyValues("fazhi.profile=shaanxi")
                .run(context -> assertThat(context)
                        .hasFailed()
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining(
                                "fazhi.profile=shaanxi: fazhi has no profile of that name (it has: national)"));
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnProfile {
        @Bean
        Profile local() {
            return Profile.extending(Profile.national())
                    .name("qinghe")
                    .disable("title-missing")
                    .build();
        }
    }

    @Test
    void theApplicationsProfileWins() {
        runner.withUserConfiguration(OwnProfile.class).run(context -> {
            assertThat(context).hasSingleBean(Profile.class);
            assertThat(context.getBean(ReportValidator.class).profile().name()).isEqualTo("qinghe");
            assertThat(context.getBean(ReportValidator.class)
                            .validate(untitled())
                            .findings("title-missing"))
                    .isEmpty();
            assertThat(context.getBean(LocalizedReportValidator.class).profile().name())
                    .isEqualTo("qinghe");
        });
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnValidator {
        @Bean
        ReportValidator myValidator() {
            return ReportValidator.builder()
                    .profile(Profile.extending(Profile.national()).name("mine").build())
                    .locale(Locale.ENGLISH)
                    .build();
        }
    }

    @Test
    void theApplicationsValidatorWinsAndTheLocalizedOneChecksAgainstItsProfile() {
        runner.withUserConfiguration(OwnValidator.class).run(context -> {
            assertThat(context).hasSingleBean(ReportValidator.class);
            assertThat(context.getBean(ReportValidator.class).locale()).isEqualTo(Locale.ENGLISH);
            assertThat(context.getBean(LocalizedReportValidator.class).profile().name())
                    .isEqualTo("mine");
        });
    }

    /** An HTML renderer of the application's own. */
    static final class OwnHtml implements ReportRenderer {
        @Override
        public RenderFormat format() {
            return RenderFormat.HTML;
        }

        @Override
        public void render(AnnualReport report, OutputStream out) throws IOException {
            out.write("<p>mine</p>".getBytes(StandardCharsets.UTF_8));
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnBeans {
        @Bean
        ReportRenderer ownHtml() {
            return new OwnHtml();
        }
    }

    @Test
    void anApplicationsRendererTakesThePlaceOfTheDefaultForItsFormat() {
        runner.withUserConfiguration(OwnBeans.class).run(context -> {
            ReportRenderers renderers = context.getBean(ReportRenderers.class);
            assertThat(renderers.get("html")).isInstanceOf(OwnHtml.class);
            assertThat(renderers.get("markdown")).isNotInstanceOf(OwnHtml.class);
            assertThat(renderers.formats()).containsOnlyOnce("html");
            assertThatThrownBy(() -> renderers.get("ofd-or-so"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("no renderer for the format \"ofd-or-so\" (there are: html, ");
        });
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnEverything {
        static final ReportReaders READERS = new ReportReaders(
                io.github.fazhi.core.read.ReadOptions.defaults(), new RequestLocales(Locale.ENGLISH, false));
        static final ReportRenderers RENDERERS = new ReportRenderers(java.util.List.of());
        static final LocalizedReportValidator LOCALIZED =
                new LocalizedReportValidator(Profile.national(), false, new RequestLocales(Locale.ENGLISH, false));

        @Bean
        ReportReaders myReaders() {
            return READERS;
        }

        @Bean
        ReportRenderers myRenderers() {
            return RENDERERS;
        }

        @Bean
        LocalizedReportValidator myLocalized() {
            return LOCALIZED;
        }
    }

    @Test
    void everyOtherBeanBacksOffForTheApplicationsOwn() {
        runner.withUserConfiguration(OwnEverything.class).run(context -> {
            assertThat(context.getBean(ReportReaders.class)).isSameAs(OwnEverything.READERS);
            assertThat(context.getBean(ReportRenderers.class)).isSameAs(OwnEverything.RENDERERS);
            assertThat(context.getBean(LocalizedReportValidator.class)).isSameAs(OwnEverything.LOCALIZED);
        });
    }

    @Test
    void messagesFollowTheRequestsLocale() {
        runner.run(context -> {
            LocalizedReportValidator validator = context.getBean(LocalizedReportValidator.class);
            ReportReaders readers = context.getBean(ReportReaders.class);

            // no request: fazhi.locale
            assertThat(message(validator)).isEqualTo("报告没有标题");
            LocaleContextHolder.setLocale(Locale.UK);
            assertThat(message(validator)).isEqualTo("The report has no title");
            assertThat(validator.currentLocale()).isEqualTo(Locale.ENGLISH);
            assertThat(readers.options().locale()).isEqualTo(Locale.ENGLISH);
            LocaleContextHolder.setLocale(Locale.TAIWAN);
            assertThat(message(validator)).isEqualTo("报告没有标题");
            LocaleContextHolder.setLocale(Locale.FRANCE); // no French messages: the Chinese ones
            assertThat(message(validator)).isEqualTo("报告没有标题");

            // one validator per language, however many locales requests carry
            assertThat(validator.forLocale(Locale.US)).isSameAs(validator.forLocale(Locale.UK));
            assertThat(validator.forLocale(Locale.CHINA)).isSameAs(validator.forLocale(Locale.GERMANY));
        });
    }

    @Test
    void messagesStayInTheConfiguredLocaleWhenTheyNeedNotFollowRequests() {
        runner.withPropertyValues("fazhi.follow-request-locale=false").run(context -> {
            LocaleContextHolder.setLocale(Locale.ENGLISH);
            assertThat(message(context.getBean(LocalizedReportValidator.class))).isEqualTo("报告没有标题");
            assertThat(context.getBean(ReportReaders.class).options().locale()).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        });
    }

    @Test
    void theConfigurationMetadataListsEveryProperty() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
            String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(json)
                    .contains(
                            "\"name\": \"fazhi.profile\"",
                            "\"name\": \"fazhi.locale\"",
                            "\"name\": \"fazhi.follow-request-locale\"",
                            "\"name\": \"fazhi.read.max-input-size\"",
                            "\"name\": \"fazhi.validation.fail-fast-by-category\"",
                            "\"defaultValue\": \"zh-CN\"",
                            "\"value\": \"national\"")
                    .doesNotContain("simplified-chinese");
        }
    }

    private static String message(LocalizedReportValidator validator) {
        return validator.validate(untitled()).findings("title-missing").stream()
                .map(Finding::message)
                .findFirst()
                .orElseThrow();
    }
}
