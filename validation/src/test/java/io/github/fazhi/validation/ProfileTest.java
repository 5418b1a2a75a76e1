package io.github.fazhi.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.Title;
import java.time.MonthDay;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProfileTest {

    private static final Rule NO_PILOT = Rule.builder("pilot-named")
            .defaultSeverity(Severity.ERROR)
            .category(RuleCategory.CONTENT)
            .description(Locale.CHINESE, "报告应提到示范创建")
            .description(Locale.ENGLISH, "The report mentions the demonstration programme")
            .message(Locale.CHINESE, "标题“{title}”之下没有提到示范创建")
            .message(Locale.ENGLISH, "Under the title \"{title}\" the programme is not mentioned")
            .fix(Locale.CHINESE, "写明示范创建情况")
            .build();

    private static final ReportCheck PILOT_CHECK = (report, context) -> {
        boolean mentioned = report.walk()
                .anyMatch(e ->
                        e instanceof io.github.fazhi.core.Block b && b.text().contains("示范"));
        if (!mentioned) {
            report.title()
                    .ifPresent(t -> context.at(t).param("title", t.text()).fix().report());
        }
    };

    @Test
    void theNationalProfileHoldsEveryRuleAtItsDefaultSeverity() {
        Profile national = Profile.national();

        assertThat(national.name()).isEqualTo("national");
        assertThat(national.rules())
                .isEqualTo(Rules.all().stream().filter(Rule::isEnabledByDefault).toList());
        assertThat(national.rule("frp-not-own-part")).isPresent();
        assertThat(national.isEnabled("frp-not-own-part")).as("off by default").isFalse();
        assertThat(national.severity("numbering-gap")).contains(Severity.ERROR);
        assertThat(national.minDutyCoverage()).isEqualTo(3);
        assertThat(national.disclosureDeadline()).isEqualTo(MonthDay.of(4, 1));
        assertThat(national.submissionDeadline()).isEmpty();
    }

    @Test
    void aProfileRaisesLowersAndDisablesRulesWithoutChangingItsBase() {
        // other-part-absent is off in the national profile; a base that turns it on, then a local one that
        // turns it off again
        Profile base = Profile.extending(Profile.national())
                .name("base")
                .enable("other-part-absent")
                .build();
        Profile local = Profile.extending(base)
                .name("local")
                .severity("signoff-missing", Severity.ERROR)
                .severity("numbering-gap", Severity.WARNING)
                .disable("other-part-absent")
                .build();
        AnnualReport report = Samples.clean().withSignOff(Optional.empty());
        report = report.withSections(report.sections().subList(0, 4));

        ValidationReport result =
                ReportValidator.builder().profile(local).build().validate(report);

        assertThat(result.findings("signoff-missing"))
                .singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
        assertThat(result.findings("other-part-absent")).isEmpty();
        assertThat(local.severity("numbering-gap")).contains(Severity.WARNING);
        assertThat(local.isEnabled("other-part-absent")).isFalse();
        assertThat(Profile.national().severity("signoff-missing")).contains(Severity.INFO);
        assertThat(Profile.national().isEnabled("other-part-absent")).isFalse();
        assertThat(base.isEnabled("other-part-absent")).isTrue();
        assertThat(ReportValidator.builder()
                        .profile(base)
                        .build()
                        .validate(report)
                        .findings("other-part-absent"))
                .hasSize(1);
        assertThat(Samples.NATIONAL.validate(report).findings("other-part-absent"))
                .isEmpty();
    }

    @Test
    void aProfileAddsARuleOfItsOwn() {
        Profile pilot = Profile.extending(Profile.national())
                .rule(NO_PILOT, PILOT_CHECK)
                .build();
        AnnualReport report = Samples.clean().withTitle(Optional.of(Title.of("清河区司法局2024年法治政府建设年度报告{title}${x}")));

        ValidationReport zh = ReportValidator.builder().profile(pilot).build().validate(report);
        ValidationReport en = ReportValidator.builder()
                .profile(pilot)
                .locale(Locale.ENGLISH)
                .build()
                .validate(report);

        assertThat(zh.findings("pilot-named")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.elementId()).isEqualTo("title");
            assertThat(f.message()).isEqualTo("标题“清河区司法局2024年法治政府建设年度报告{title}${x}”之下没有提到示范创建");
            assertThat(f.suggestedFix()).contains("写明示范创建情况");
        });
        assertThat(en.findings("pilot-named"))
                .singleElement()
                .satisfies(f -> assertThat(f.message()).startsWith("Under the title"));
        assertThat(pilot.rules()).contains(NO_PILOT);
        assertThat(Profile.national().rule("pilot-named")).isEmpty();
    }

    @Test
    void mistakesAreRefusedWithAClearMessage() {
        assertThatThrownBy(() -> Profile.extending(Profile.national()).disable("no-such-rule"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no-such-rule");
        assertThatThrownBy(() -> Profile.builder().minDutyCoverage(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Rule.builder("Not Kebab")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Rule.builder("no-message")
                        .description(Locale.CHINESE, "x")
                        .build())
                .isInstanceOf(IllegalStateException.class);
        Rule clash = Rule.builder("part-missing")
                .description(Locale.CHINESE, "x")
                .message(Locale.CHINESE, "x")
                .build();
        assertThatThrownBy(() -> Profile.builder().rule(clash, PILOT_CHECK))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("belongs to the library");
    }

    @Test
    void aProfileBuiltFromNothingChecksOnlyWhatItEnables() {
        Profile only = Profile.builder().name("titles").enable("title-missing").build();

        ValidationReport result = ReportValidator.builder()
                .profile(only)
                .build()
                .validate(Samples.clean().withTitle(Optional.empty()).withSignOff(Optional.empty()));

        assertThat(result.findings()).extracting(Finding::ruleId).containsExactly("title-missing");
        assertThat(result.rules()).extracting(Rule::id).containsExactly("title-missing");
    }

    @Test
    void parametersAreSetByNameAndReadByTheRulesThatDeclareThem() {
        Profile byName = Profile.extending(Profile.national())
                .parameter("minDutyCoverage", "5")
                .parameter("submissionDeadline", "--03-01")
                .build();
        Profile typed = Profile.extending(Profile.national())
                .minDutyCoverage(5)
                .submissionDeadline(MonthDay.of(3, 1))
                .build();
        assertThat(byName.minDutyCoverage()).isEqualTo(5);
        assertThat(byName.submissionDeadline()).contains(MonthDay.of(3, 1));
        assertThat(byName.parameters()).isEqualTo(typed.parameters());
        assertThat(byName.parameter("disclosureDeadline"))
                .as("the rule's default")
                .contains("--04-01");
        assertThat(Profile.national().parameter("minDutyCoverage")).contains("3");
        assertThat(Profile.national().parameter("noSuchParameter")).isEmpty();
        assertThat(Profile.extending(byName).build().parameters()).isEqualTo(byName.parameters());
    }

    @Test
    void aParameterNoRuleReadsOrAValueTheRuleRefusesIsRefusedWhenTheProfileIsBuilt() {
        assertThatThrownBy(() -> Profile.builder().parameter("minDutyCovrage", "4"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("minDutyCovrage")
                .hasMessageContaining("minDutyCoverage");
        assertThatThrownBy(() -> Profile.builder().parameter("minDutyCoverage", "four"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("number");
        assertThatThrownBy(() -> Profile.builder().parameter("minDutyCoverage", "9"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("frp-duty-coverage");
        assertThatThrownBy(() -> Profile.builder().parameter("disclosureDeadline", "April 1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("date-out-of-range");
    }
}
