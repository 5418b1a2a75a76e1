package io.github.fazhi.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RuleCatalogueTest {

    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    @Test
    void theCatalogueListsTheIssuesRulesWithStableIds() {
        assertThat(Rules.all())
                .extracting(Rule::id)
                .containsExactly(
                        "part-missing",
                        "part-order",
                        "part-empty",
                        "shortcomings-causes-missing",
                        "other-part-absent",
                        "frp-duty-coverage",
                        "frp-leader-not-named",
                        "frp-shufa-absent",
                        "frp-not-own-part",
                        "year-mismatch",
                        "not-annual",
                        "title-missing",
                        "title-topic",
                        "title-doctype",
                        "title-summary-doctype",
                        "title-guanyu-pairing",
                        "numbering-gap",
                        "numbering-duplicate",
                        "numbering-level-skip",
                        "numbering-style",
                        "numbering-depth",
                        "enumeration-order",
                        "placeholder",
                        "classified-marking",
                        "request-in-report",
                        "halfwidth-punctuation",
                        "issuer-missing",
                        "signoff-missing",
                        "text-truncated",
                        "date-format",
                        "date-out-of-range",
                        "plan-year-stale",
                        "encoding-damage",
                        "document-number-malformed",
                        "year-range-malformed",
                        "paired-punctuation-unbalanced",
                        "reporting-verb-colloquial",
                        "preamble-year-missing",
                        "formulation-nonstandard",
                        "citation-anachronism",
                        "not-a-report");
        assertThat(Rules.byId("numbering-gap")).hasValueSatisfying(r -> {
            assertThat(r.defaultSeverity()).isEqualTo(Severity.ERROR);
            assertThat(r.name()).isEqualTo("NumberingGap");
            assertThat(r.category()).isEqualTo(RuleCategory.STRUCTURE);
        });
    }

    @Test
    void everyRuleHasAOneLineDescriptionAndAMessageInChineseAndEnglish() {
        for (Rule r : Rules.all()) {
            String zh = r.description(Locale.SIMPLIFIED_CHINESE);
            String en = r.description(Locale.ENGLISH);
            assertThat(zh).as(r.id()).containsPattern(HAN).doesNotContain("\n").isNotEqualTo(r.id());
            assertThat(en).as(r.id()).matches("[A-Z].*").doesNotContain("\n").isNotEqualTo(zh);
            assertThat(r.text("message", Locale.CHINA)).as(r.id()).isPresent();
            assertThat(r.text("message", Locale.ENGLISH)).as(r.id()).isPresent();
            assertThat(r.description(Locale.FRENCH))
                    .as("other languages fall back to Chinese")
                    .isEqualTo(zh);
        }
    }

    @Test
    void theEnglishBundleHasEveryKeyOfTheChineseOne() {
        Set<String> zh = io.github.fazhi.validation.internal.Messages.all("zh").keySet();
        Set<String> en = io.github.fazhi.validation.internal.Messages.all("en").keySet();
        assertThat(zh).hasSizeGreaterThan(120);
        assertThat(en).isEqualTo(zh);
        Set<String> notTranslated = zh.stream()
                .filter(k -> io.github.fazhi.validation.internal.Messages.all("en")
                        .get(k)
                        .equals(io.github.fazhi.validation.internal.Messages.all("zh")
                                .get(k)))
                .collect(Collectors.toSet());
        assertThat(notTranslated).isEmpty();
    }

    @Test
    void everyRuleHasItsOwnTestClass() {
        for (Rule r : Rules.all()) {
            String test = "io.github.fazhi.validation.rules." + r.name() + "RuleTest";
            assertThat(classExists(test)).as("test class " + test).isTrue();
            String rule = "io.github.fazhi.validation.internal." + r.name() + "Rule";
            assertThat(classExists(rule)).as("rule class " + rule).isTrue();
        }
    }

    @Test
    void everyRuleClassOfThePackageIsInTheCatalogueAndDeclaresItself() throws Exception {
        java.nio.file.Path dir = java.nio.file.Path.of(io.github.fazhi.validation.internal.ReportRule.class
                        .getProtectionDomain()
                        .getCodeSource()
                        .getLocation()
                        .toURI())
                .resolve("io/github/fazhi/validation/internal");
        org.junit.jupiter.api.Assumptions.assumeTrue(
                java.nio.file.Files.isDirectory(dir), "the rule classes are read from a directory, not a jar");
        Set<String> listed = io.github.fazhi.validation.internal.BuiltInRules.CLASSES.stream()
                .map(Class::getName)
                .collect(Collectors.toSet());
        Set<String> found;
        try (var files = java.nio.file.Files.list(dir)) {
            found = files.map(f -> f.getFileName().toString())
                    .filter(n -> n.endsWith("Rule.class"))
                    .map(n -> "io.github.fazhi.validation.internal." + n.substring(0, n.length() - ".class".length()))
                    .filter(n -> {
                        try {
                            Class<?> c = Class.forName(n);
                            return io.github.fazhi.validation.internal.ReportRule.class.isAssignableFrom(c)
                                    && c.isAnnotationPresent(io.github.fazhi.validation.internal.RuleDefinition.class);
                        } catch (ClassNotFoundException e) {
                            throw new AssertionError(e);
                        }
                    })
                    .collect(Collectors.toSet());
        }
        assertThat(found).hasSizeGreaterThanOrEqualTo(29);
        assertThat(listed)
                .as("every @RuleDefinition class is in BuiltInRules.CLASSES")
                .isEqualTo(found);
        for (var e : io.github.fazhi.validation.internal.BuiltInRules.ENTRIES) {
            Rule r = Rules.byId(e.id()).orElseThrow();
            assertThat(r.defaultSeverity()).isEqualTo(e.severity());
            assertThat(r.category()).isEqualTo(e.category());
        }
    }

    @Test
    void aRulesParametersAreTheAttributesOfItsConstraintWithTheirDefaults() {
        assertThat(Rules.byId("frp-duty-coverage").orElseThrow().parameters())
                .containsExactly(java.util.Map.entry("minDutyCoverage", "3"));
        assertThat(Rules.byId("date-out-of-range").orElseThrow().parameters())
                .containsExactly(
                        java.util.Map.entry("disclosureDeadline", "--04-01"),
                        java.util.Map.entry("submissionDeadline", ""));
        assertThat(Rules.byId("part-missing").orElseThrow().parameters()).isEmpty();
    }

    private static boolean classExists(String name) {
        try {
            Class.forName(name);
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
