package io.github.fazhi.validation.internal;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.Lexicon;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Rule {@code citation-anachronism}: the report cites a Party congress or plenary session, or uses a formulation
 * or document, that came after it was signed (a 2021 report citing 党的二十大): the report cannot have known it,
 * so the citation or the report's year is wrong. The sign-off date is the bound; with none, the deadline by
 * which the report is published (1 April of the next year, the profile's disclosure deadline). One finding
 * per meeting or formulation.
 */
@RuleDefinition(id = CitationAnachronismRule.ID, severity = Severity.ERROR, category = RuleCategory.CONTENT)
public final class CitationAnachronismRule extends ReportRule<CitationAnachronismRule.Check> {

    /** The rule's stable id. */
    public static final String ID = "citation-anachronism";

    /** The rule's constraint, applied to {@link AnnualReport} through the programmatic mapping. */
    @Documented
    @Constraint(validatedBy = CitationAnachronismRule.class)
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    public @interface Check {
        String message() default "{" + Messages.PREFIX + ID + ".message}";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    @Override
    protected void check(AnnualReport report, RuleContext context) {
        Optional<LocalDate> signed = report.dateOfIssue();
        LocalDate bound;
        if (signed.isPresent()) {
            bound = signed.get();
        } else if (report.reportingYear().isPresent()) {
            bound = context.profile()
                    .disclosureDeadline()
                    .atYear(report.reportingYear().getAsInt() + 1);
        } else {
            return;
        }
        // the formulations that came after the bound, with their normalised search keys
        List<Lexicon.Formulation> later = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (Lexicon.Formulation f : context.profile().formulations()) {
            if (f.since().isPresent() && f.since().get().isAfter(bound)) {
                later.add(f);
                keys.add(normalise(f.standard()).strip());
            }
        }
        Set<String> reported = new LinkedHashSet<>();
        for (Texts.Unit u : Texts.units(report)) {
            String t = u.text();
            for (Lexicon.MeetingCited c : meetingsCited(u)) {
                if (c.meeting().opened().isAfter(bound)
                        && reported.add(c.meeting().name())) {
                    report(
                            context,
                            u,
                            c.meeting().name(),
                            c.meeting().opened(),
                            bound,
                            signed.isPresent(),
                            c.start(),
                            c.end());
                }
            }
            if (later.isEmpty()) {
                continue;
            }
            for (int i = 0; i < later.size(); i++) {
                Lexicon.Formulation f = later.get(i);
                String key = keys.get(i);
                int at = indexOfNormalised(t, key);
                if (at >= 0 && reported.add(f.standard())) {
                    report(context, u, f.standard(), f.since().get(), bound, signed.isPresent(), at, at + key.length());
                }
            }
        }
    }

    /** A congress (十九大) has its 大, a plenary session (十九届五中全会) its 届. */
    static final long MEETING = CharSignature.of("大届");

    /** {@link Lexicon#meetingsCited} of the unit's text, not looked for in a text holding neither 大 nor 届. */
    static List<Lexicon.MeetingCited> meetingsCited(Texts.Unit u) {
        return u.holdsAny(MEETING) ? Lexicon.meetingsCited(u.text()) : List.of();
    }

    private static void report(
            RuleContext context,
            Texts.Unit u,
            String name,
            LocalDate since,
            LocalDate bound,
            boolean signed,
            int start,
            int end) {
        String shown = name.startsWith("“") && name.endsWith("”") ? name.substring(1, name.length() - 1) : name;
        context.at(u.element())
                .message(signed ? "message" : "unsigned")
                .param("name", shown)
                .param("since", since.toString())
                .param("bound", bound.toString())
                .detail("name", name)
                .detail("since", since.toString())
                .detail("bound", bound.toString())
                .range(start, Math.min(end, u.text().length()))
                .fix()
                .report();
    }

    /**
     * Where {@code key} (normalised) first stands in {@code text} once normalised: {@code normalise(text).indexOf(key)},
     * without normalising the whole text where the key starts with a char normalising leaves alone.
     */
    static int indexOfNormalised(String text, String key) {
        if (key.isEmpty()) {
            return 0;
        }
        char first = key.charAt(0);
        if (first == '（' || first == '）' || first == '—' || first == ' ') {
            return normalise(text).indexOf(key);
        }
        int n = key.length();
        for (int at = text.indexOf(first); at >= 0 && at + n <= text.length(); at = text.indexOf(first, at + 1)) {
            int k = 1;
            while (k < n && normal(text.charAt(at + k)) == key.charAt(k)) {
                k++;
            }
            if (k == n) {
                return at;
            }
        }
        return -1;
    }

    /**
     * The text with the marks that vary between copies made alike (the offsets stay those of the text): ASCII
     * parentheses as full-width, any dash as 一字线, quotation marks and 书名号 as spaces.
     */
    static String normalise(String t) {
        StringBuilder b = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            b.append(normal(t.charAt(i)));
        }
        return b.toString();
    }

    /** One char as {@link #normalise} writes it. */
    private static char normal(char c) {
        return c == '('
                ? '（'
                : c == ')'
                        ? '）'
                        : c == '-' || c == '–' || c == '－'
                                ? '—'
                                : c == '“' || c == '”' || c == '《' || c == '》' ? ' ' : c;
    }
}
