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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * Rule {@code formulation-nonstandard}: a fixed political formulation or the name of a central document
 * written in a wrong form seen in drafts ({@code 习近平法制思想}, {@code 《法治政府建设纲要》},
 * {@code 《法治政府建设实施纲要（2016—2020年）》}), from {@link Lexicon#FORMULATIONS} and those the profile adds.
 * One finding per wrong form, at its first place, with every place in its detail.
 */
@RuleDefinition(id = FormulationNonstandardRule.ID, severity = Severity.WARNING, category = RuleCategory.CONTENT)
public final class FormulationNonstandardRule extends ReportRule<FormulationNonstandardRule.Check> {

    /** The rule's stable id. */
    public static final String ID = "formulation-nonstandard";

    /** The rule's constraint, applied to {@link AnnualReport} through the programmatic mapping. */
    @Documented
    @Constraint(validatedBy = FormulationNonstandardRule.class)
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    public @interface Check {
        String message() default "{" + Messages.PREFIX + ID + ".message}";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    /** A wrong form found: the standard form and where it stands. */
    private record Hit(String standard, Texts.Unit unit, int start, int end, List<String> elementIds) {}

    @Override
    protected void check(AnnualReport report, RuleContext context) {
        Map<String, Hit> hits = new LinkedHashMap<>();
        WrongForms wrongForms = wrongForms(context.profile().formulations());
        for (Texts.Unit u : Texts.units(report)) {
            String t = u.text();
            // in the order of the formulations and their wrong forms, as one indexOf each would find them
            int[] first = wrongForms.literals().firstIndexes(t);
            for (int i = 0; i < first.length; i++) {
                if (first[i] >= 0) {
                    String wrong = wrongForms.literals().literals().get(i);
                    add(hits, wrong, wrongForms.standards().get(i), u, first[i], first[i] + wrong.length());
                }
            }
            if (u.holdsAny(BOOK_TITLE) && t.contains(Lexicon.OUTLINE_NAME)) {
                Matcher m = Lexicon.OUTLINE_CITED.matcher(t);
                while (m.find()) {
                    String period = m.group("from") + "—" + m.group("to");
                    if (!Lexicon.OUTLINE_PERIODS.contains(period)) {
                        String right = Integer.parseInt(m.group("from")) <= 2020
                                ? Lexicon.OUTLINE_PERIODS.get(0)
                                : Lexicon.OUTLINE_PERIODS.get(1);
                        add(hits, m.group(), Lexicon.OUTLINE_NAME + "（" + right + "年）》", u, m.start(), m.end());
                    }
                }
            }
        }
        for (Map.Entry<String, Hit> e : hits.entrySet()) {
            Hit h = e.getValue();
            context.at(h.unit().element())
                    .param("found", e.getKey())
                    .param("expected", h.standard())
                    .param("count", h.elementIds().size())
                    .detail("found", e.getKey())
                    .detail("expected", h.standard())
                    .detail("elementIds", List.copyOf(h.elementIds()))
                    .range(h.start(), h.end())
                    .fix()
                    .report();
        }
    }

    /** {@link Lexicon#OUTLINE_NAME} starts with 《: a text without one does not cite the 纲要. */
    private static final long BOOK_TITLE = CharSignature.of("《");

    /** Every wrong form of a profile's formulations, in order, with the standard form of each. */
    private record WrongForms(List<Lexicon.Formulation> of, Literals literals, List<String> standards) {}

    /** The wrong forms of the profile asked about last (a profile's list is immutable; an app has few). */
    private static volatile WrongForms last;

    private static WrongForms wrongForms(List<Lexicon.Formulation> formulations) {
        WrongForms w = last;
        if (w != null && w.of() == formulations) {
            return w;
        }
        List<String> wrong = new ArrayList<>();
        List<String> standards = new ArrayList<>();
        for (Lexicon.Formulation f : formulations) {
            for (String form : f.wrongForms()) {
                wrong.add(form);
                standards.add(f.standard());
            }
        }
        w = new WrongForms(formulations, new Literals(wrong), List.copyOf(standards));
        last = w;
        return w;
    }

    private static void add(Map<String, Hit> hits, String found, String standard, Texts.Unit u, int start, int end) {
        Hit h = hits.get(found);
        if (h == null) {
            hits.put(
                    found,
                    new Hit(
                            standard,
                            u,
                            start,
                            end,
                            new ArrayList<>(List.of(u.element().id()))));
        } else if (!h.elementIds().contains(u.element().id())) {
            h.elementIds().add(u.element().id());
        }
    }
}
