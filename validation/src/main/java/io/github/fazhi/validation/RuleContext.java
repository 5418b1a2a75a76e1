package io.github.fazhi.validation;

import io.github.fazhi.core.Element;
import java.util.Locale;

/**
 * What a rule's check reports its findings through. A rule may report any number of findings, one per
 * place; each names the element it is about, passes the values its message needs as parameters (report
 * text is only ever a parameter, never part of a template), and may carry a suggested fix and structured
 * detail.
 *
 * <pre>{@code
 * context.at(section)
 *         .param("missing", "（一）")
 *         .detail("missing", List.of("（一）"))
 *         .fix()
 *         .report();
 * }</pre>
 */
public interface RuleContext {

    /** The profile the report is checked against (its parameters: duty coverage, deadlines). */
    Profile profile();

    /** The locale messages are written in, for values a rule formats itself (lists of names). */
    Locale locale();

    /** Starts a finding about {@code element}. */
    FindingBuilder at(Element element);

    /** Starts a finding about the element with id {@code elementId}. */
    FindingBuilder at(String elementId);

    /** Starts a finding about the report as a whole (a part that is missing, say). */
    FindingBuilder atReport();

    /** One finding being described; {@link #report()} adds it. Not thread-safe; use it once. */
    interface FindingBuilder {

        /** Uses message variant {@code variant} of the rule instead of its {@code message}. */
        FindingBuilder message(String variant);

        /**
         * Adds a message parameter, written where the template says {@code {name}}. Strings are escaped, so
         * {@code {…}} and {@code ${…}} inside report text print as they are.
         */
        FindingBuilder param(String name, Object value);

        /**
         * Adds structured detail for machines (the JSON and SARIF output): a string, a number, a boolean or a
         * list of strings.
         */
        FindingBuilder detail(String name, Object value);

        /** Adds the rule's suggested fix ({@code fix} template, filled with the same parameters). */
        FindingBuilder fix();

        /** Adds the rule's suggested fix from template {@code variant}. */
        FindingBuilder fix(String variant);

        /**
         * Narrows the finding to {@code start} to {@code end} (char offsets) within the element's text (for a
         * section, its heading without the label), so the source span points at the spot when it is known.
         */
        FindingBuilder range(int start, int end);

        /**
         * Adds another place of the same defect (a repeated defect is one finding with every place): the
         * finding's {@link Finding#relatedLocations()}.
         */
        FindingBuilder also(Element element);

        /** Adds another place, narrowed to {@code start} to {@code end} within the element's text. */
        FindingBuilder also(Element element, int start, int end);

        /** Adds the finding. */
        void report();
    }
}
