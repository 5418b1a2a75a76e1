package io.github.fazhi.validation.internal;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.NumberLabel;
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
 * Rule {@code numbering-level-skip}: the levels of the headings are inverted: （一） under or after 1., a
 * heading of a higher level than the one it stands under or follows at the same depth. 公文 practice lets a
 * report skip a level (1. directly under 一、 when a part has no （一） level), never invert one, so a skip
 * alone is no finding; the id keeps its first name, as rule ids do.
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
        Map<String, List<Inversion>> groups = new LinkedHashMap<>();
        // a text without a title may be a fragment that starts inside a part ((一)(二) of part 一, then 二、):
        // its top-level headings are not judged against each other
        check(report.sections(), Optional.empty(), report.title().isPresent(), groups);
        for (List<Inversion> inversions : groups.values()) {
            Inversion first = inversions.get(0);
            boolean many = inversions.size() > 1;
            RuleContext.FindingBuilder b = context.at(first.section())
                    .message(many ? "repeated" : "message")
                    .param("found", first.found().printed())
                    .param("above", first.above().printed())
                    .param("count", inversions.size())
                    .detail("found", first.found().printed())
                    .detail("foundLevel", first.found().level())
                    .detail("above", first.above().printed())
                    .detail("aboveLevel", first.above().level());
            if (many) {
                b.detail("count", inversions.size())
                        .detail(
                                "foundAll",
                                inversions.stream()
                                        .map(x -> x.found().printed())
                                        .toList());
                inversions.subList(1, inversions.size()).forEach(x -> b.also(x.section()));
            }
            b.fix(many ? "fixRepeated" : "fix").report();
        }
    }

    /**
     * A heading whose label is of a higher level ({@code found}, （一）) than the label it stands under or
     * follows at the same depth ({@code above}, 1.).
     */
    private record Inversion(Section section, NumberLabel found, NumberLabel above) {}

    private static void check(
            List<Section> children,
            Optional<NumberLabel> parent,
            boolean siblings,
            Map<String, List<Inversion>> groups) {
        // the deepest label among the earlier siblings: a reader places （一） after 1. beside it, not under it
        Optional<NumberLabel> deepest = Optional.empty();
        for (Section s : children) {
            Optional<NumberLabel> label = NumberingAnalysis.labelOf(s);
            if (label.isPresent()) {
                NumberLabel l = label.get();
                Optional<NumberLabel> before = siblings ? deepest : Optional.empty();
                Optional<NumberLabel> above =
                        parent.filter(p -> l.level() < p.level()).or(() -> before.filter(d -> l.level() < d.level()));
                if (above.isPresent()) {
                    String key = l.level() + " " + above.get().level() + " " + NumberingStyleRule.shape(l.printed())
                            + " " + NumberingStyleRule.shape(above.get().printed());
                    groups.computeIfAbsent(key, k -> new ArrayList<>()).add(new Inversion(s, l, above.get()));
                } else if (deepest.isEmpty() || l.level() > deepest.get().level()) {
                    deepest = label;
                }
            }
            check(s.subsections(), label, true, groups);
        }
    }
}
