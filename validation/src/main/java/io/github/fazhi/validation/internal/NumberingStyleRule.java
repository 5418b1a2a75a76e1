package io.github.fazhi.validation.internal;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.Numbering;
import io.github.fazhi.core.Section;
import io.github.fazhi.validation.Finding;
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

/**
 * Rule {@code numbering-style} (one finding per kind of wrong label, with every place of it): a heading label is not in the GB/T 9704 form (一、（一）1.（1））: (一), 一., 1、, （一）、 and
 * the like, or a level numbered on across parents.
 */
@RuleDefinition(id = NumberingStyleRule.ID, severity = Severity.WARNING, category = RuleCategory.STYLE)
public final class NumberingStyleRule extends ReportRule<NumberingStyleRule.Check> {

    /** The rule's stable id. */
    public static final String ID = "numbering-style";

    /** The rule's constraint, applied to {@link AnnualReport} through the programmatic mapping. */
    @Documented
    @Constraint(validatedBy = NumberingStyleRule.class)
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    public @interface Check {
        String message() default "{" + Messages.PREFIX + ID + ".message}";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    /** Whether {@code printed} is the standard label but for ASCII parentheses: {@code (一)} for {@code （一）}. */
    static boolean onlyAsciiParentheses(String printed, Numbering number) {
        return printed.indexOf('(') >= 0
                && printed.replace('(', '（').replace(')', '）').equals(number.label());
    }

    @Override
    protected void check(AnnualReport report, RuleContext context) {
        // one finding per kind of wrong label across the report, with every place of it
        Map<String, List<Place>> groups = new LinkedHashMap<>();
        // in a text typed (or converted) with ASCII marks throughout, (一) is that finding's, not a second one
        boolean asciiThroughout = HalfwidthPunctuationRule.asciiThroughout(report);
        report.allSections()
                .forEach(s -> NumberingAnalysis.labelOf(s)
                        .filter(l -> !l.standard())
                        .filter(l -> !(asciiThroughout && onlyAsciiParentheses(l.printed(), s.number())))
                        .ifPresent(l -> groups.computeIfAbsent(
                                        "style " + l.level() + " " + shape(l.printed()), k -> new ArrayList<>())
                                .add(new Place(s, l.printed(), l.numbering().label(), l.level()))));
        // a label printed without its numeral (、坚持…) or otherwise unreadable: the reader inferred the number
        report.allSections()
                .filter(s -> s.printedNumber().filter(p -> !p.isBlank()).isPresent()
                        && NumberingAnalysis.labelOf(s).isEmpty())
                .forEach(s -> groups.computeIfAbsent(
                                "malformed " + s.level() + " "
                                        + shape(s.printedNumber().get()),
                                k -> new ArrayList<>())
                        .add(new Place(s, s.printedNumber().get(), s.number().label(), s.level())));
        for (Map.Entry<String, List<Place>> g : groups.entrySet()) {
            boolean malformed = g.getKey().startsWith("malformed");
            report(g.getValue(), malformed ? "malformed" : "message", "fix", context);
        }
        List<Place> continuations = new ArrayList<>();
        for (NumberingAnalysis.Issue issue : NumberingAnalysis.analyze(report)) {
            if (issue.kind() == NumberingAnalysis.Kind.CONTINUATION) {
                continuations.add(new Place(
                        issue.section(),
                        issue.found().printed(),
                        new Numbering(issue.found().level(), 1).label(),
                        issue.found().level()));
            }
        }
        if (!continuations.isEmpty()) {
            report(continuations, "continuous", "fixContinuous", context);
        }
    }

    private record Place(Section section, String found, String expected, int level) {}

    private static void report(List<Place> places, String variant, String fix, RuleContext context) {
        Place first = places.get(0);
        boolean many = places.size() > 1;
        RuleContext.FindingBuilder b = context.at(first.section())
                .message(many ? variant + "Repeated" : variant)
                .param("found", first.found())
                .param("expected", first.expected())
                .param("count", places.size())
                .detail("found", first.found())
                .detail("expected", first.expected())
                .detail("level", first.level());
        if (variant.equals("continuous")) {
            b.detail("continuous", true);
        }
        // an exact replacement when every place has the same wrong label and the same right one
        if (places.stream()
                .allMatch(p -> p.found().equals(first.found()) && p.expected().equals(first.expected()))) {
            b.detail(Finding.REPLACE_FROM, first.found()).detail(Finding.REPLACE_TO, first.expected());
        }
        if (many) {
            b.detail("count", places.size())
                    .detail("foundAll", places.stream().map(Place::found).toList())
                    .detail("expectedAll", places.stream().map(Place::expected).toList());
            for (Place p : places.subList(1, places.size())) {
                b.also(p.section());
            }
        }
        b.fix(many && !fix.equals("fixContinuous") ? fix + "Repeated" : fix).report();
    }

    /** The label with its numerals replaced, so that (一) and (二) are the same kind of label. */
    static String shape(String printed) {
        return printed.replaceAll("[一二三四五六七八九十百〇零]+", "一").replaceAll("[0-9０-９]+", "1");
    }
}
