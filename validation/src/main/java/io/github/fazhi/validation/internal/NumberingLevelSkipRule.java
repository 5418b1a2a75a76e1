package io.github.fazhi.validation.internal;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.NumberLabel;
import io.github.fazhi.core.Numbering;
import io.github.fazhi.core.Section;
import io.github.fazhi.validation.RuleCategory;
import io.github.fazhi.validation.RuleContext;
import io.github.fazhi.validation.Severity;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Rule {@code numbering-level-skip}: a heading skips a level: 1. directly under 一、, or （1） under （一）.
 */
@RuleDefinition(id = NumberingLevelSkipRule.ID, severity = Severity.WARNING, category = RuleCategory.STRUCTURE)
public final class NumberingLevelSkipRule extends ReportRule<NumberingLevelSkipRule.Check> {

    /** The rule's stable id. */
    public static final String ID = "numbering-level-skip";

    /** The rule's constraint, applied to {@link AnnualReport} through the programmatic mapping. */
    @Documented
    @Constraint(validatedBy = NumberingLevelSkipRule.class)
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    public @interface Check {
        String message() default "{" + Messages.PREFIX + ID + ".message}";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    @Override
    protected void check(AnnualReport report, RuleContext context) {
        // a text without a title may be a fragment that starts inside a part: its top-level headings are not
        // judged against a level the text does not show
        int top = report.title().isPresent() ? 0 : -1;
        Map<String, List<Skip>> groups = new LinkedHashMap<>();
        for (Section s : report.sections()) {
            check(s, top, groups);
        }
        for (List<Skip> skips : groups.values()) {
            Skip first = skips.get(0);
            boolean many = skips.size() > 1;
            RuleContext.FindingBuilder b = context.at(first.section())
                    .message(many ? "repeated" : "message")
                    .param("found", first.found())
                    .param("expected", first.expected())
                    .param("level", first.expectedLevel())
                    .param("count", skips.size())
                    .detail("found", first.found())
                    .detail("foundLevel", first.foundLevel())
                    .detail("expectedLevel", first.expectedLevel())
                    .detail("expected", first.expected());
            if (many) {
                b.detail("count", skips.size())
                        .detail("foundAll", skips.stream().map(Skip::found).toList())
                        .detail(
                                "expectedAll",
                                skips.stream().map(Skip::expected).toList());
                skips.subList(1, skips.size()).forEach(x -> b.also(x.section()));
            }
            b.fix(many ? "fixRepeated" : "fix").report();
        }
    }

    private record Skip(Section section, String found, String expected, int foundLevel, int expectedLevel) {}

    private static void check(Section s, int parentLevel, Map<String, List<Skip>> groups) {
        Optional<NumberLabel> label = NumberingAnalysis.labelOf(s);
        if (label.isPresent() && parentLevel >= 0 && label.get().level() > parentLevel + 1) {
            String expected = new Numbering(parentLevel + 1, label.get().ordinal()).label();
            String key = label.get().level() + " " + (parentLevel + 1) + " "
                    + NumberingStyleRule.shape(label.get().printed());
            groups.computeIfAbsent(key, k -> new ArrayList<>())
                    .add(new Skip(
                            s, label.get().printed(), expected, label.get().level(), parentLevel + 1));
        }
        int level = label.map(NumberLabel::level).orElse(-1);
        for (Section sub : s.subsections()) {
            check(sub, level, groups);
        }
    }
}
