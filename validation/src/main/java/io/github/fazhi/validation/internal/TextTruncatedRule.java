package io.github.fazhi.validation.internal;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.Block;
import io.github.fazhi.core.PageFurniture;
import io.github.fazhi.core.Paragraph;
import io.github.fazhi.core.Section;
import io.github.fazhi.core.SectionKind;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Rule {@code text-truncated}: the text stops mid-sentence and has no sign-off, as a copy does that kept only
 * the opening of a report. The parts that would follow the cut and the sign-off are not reported as missing
 * as well: this finding explains them ({@link #explains}); a part missing before the cut still is.
 */
@RuleDefinition(id = TextTruncatedRule.ID, severity = Severity.WARNING, category = RuleCategory.STRUCTURE)
public final class TextTruncatedRule extends ReportRule<TextTruncatedRule.Check> {

    /** The rule's stable id. */
    public static final String ID = "text-truncated";

    /**
     * The detail naming the highest mandated item that has a part of its own before the cut (a top-level
     * section of its kind; thematic sections stand for item 1), 0 when there is none: the items after it were
     * cut off. An item whose content shows only inside another part (the first responsible person's duties
     * as a sub-section of part 一) does not move the cut.
     */
    public static final String LAST_ITEM = "lastItem";

    /** Marks a sentence may end with (full-width and the ASCII ones a copying site leaves). */
    private static final String SENTENCE_ENDS = "。！？!?…．.";

    /** Closing quotes and brackets, which may close a sentence that ended inside them. */
    private static final String CLOSERS = "”’」』）)】";

    private static final int EXCERPT = 12;

    /** The rule's constraint, applied to {@link AnnualReport} through the programmatic mapping. */
    @Documented
    @Constraint(validatedBy = TextTruncatedRule.class)
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    public @interface Check {
        String message() default "{" + Messages.PREFIX + ID + ".message}";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    @Override
    protected void check(AnnualReport report, RuleContext context) {
        if (report.signOff().isPresent() || !report.trailingParagraphs().isEmpty()) {
            return;
        }
        Optional<Paragraph> last = lastParagraph(report);
        if (last.isEmpty()) {
            return;
        }
        Paragraph p = last.get();
        String text = p.text().stripTrailing();
        if (text.isEmpty() || endsASentence(text)) {
            return;
        }
        int lastItem = 0;
        for (Section part : report.sections()) {
            lastItem = Math.max(lastItem, itemOf(part.kind()));
        }
        int from = Math.max(0, text.length() - EXCERPT);
        String excerpt = text.substring(from).strip();
        // the place (line and column, or a DOCX paragraph) is the finding's span: the message names the words,
        // so a text and a document of the same report say the same
        context.at(p)
                .param("excerpt", excerpt)
                .detail("excerpt", excerpt)
                .detail(LAST_ITEM, lastItem)
                .range(from, text.length())
                .fix()
                .report();
    }

    /**
     * Rules that judge what a mandated item says, by the item they judge: a section cut short cannot be judged
     * on, nor an item whose own part was cut off.
     */
    private static final Map<String, Integer> CUT_SHORT = Map.of(
            FrpDutyCoverageRule.ID, 3,
            FrpShufaAbsentRule.ID, 3,
            FrpLeaderNotNamedRule.ID, 3,
            ShortcomingsCausesMissingRule.ID, 2);

    /** Opening marks, whose closing half may have been cut off. */
    private static final Set<String> OPENERS = Set.of("“", "‘", "《", "（", "(", "「", "『", "【", "〔", "[");

    /**
     * Whether {@code explained} says nothing {@code finding} (of this rule) does not already say: the sign-off
     * that is missing, the mandated parts that would come after the cut, what a section the text stops in
     * lacks (the duties of the first responsible person, the causes of shortcomings), and a quotation or
     * bracket left open in the paragraph that was cut.
     */
    static boolean explains(Finding finding, Finding explained) {
        if (explained.ruleId().equals(SignoffMissingRule.ID)) {
            return "absent".equals(explained.detail().get("reason"));
        }
        if (CUT_SHORT.containsKey(explained.ruleId())) {
            // a finding about the content of the section the text stops in: the rest of it was cut off; or
            // about an item whose own part would come after the cut (the first responsible person's duties
            // read from a sub-item of part 一, when part 三 is among what is missing)
            Object lastItem = finding.detail().get(LAST_ITEM);
            boolean partCutOff = lastItem instanceof Number l && CUT_SHORT.get(explained.ruleId()) > l.intValue();
            boolean inTheCutSection = !explained.elementId().equals(Finding.REPORT)
                    && finding.elementId().startsWith(explained.elementId() + ".");
            return partCutOff || inTheCutSection;
        }
        if (explained.ruleId().equals(PairedPunctuationUnbalancedRule.ID)) {
            // a quotation or bracket opened in the paragraph that was cut, closed in the part that is gone
            return explained.elementId().equals(finding.elementId())
                    && explained.detail().get("mark") instanceof String mark
                    && OPENERS.contains(mark);
        }
        if (HalfwidthPunctuationRule.isThroughout(explained)) {
            // a copy cut short by the tool that made it: ASCII marks all through are that copy's conversion
            // too (published pages copied this way arrive with both), not what the office wrote
            return true;
        }
        if (explained.ruleId().equals(PartMissingRule.ID)) {
            Object item = explained.detail().get("item");
            Object lastItem = finding.detail().get(LAST_ITEM);
            return item instanceof Number i && lastItem instanceof Number l && i.intValue() > l.intValue();
        }
        return false;
    }

    private static int itemOf(SectionKind kind) {
        return kind == SectionKind.THEMATIC ? 1 : kind.mandatedItem();
    }

    /** The report's last paragraph of body text (preamble and sections; page furniture left out). */
    private static Optional<Paragraph> lastParagraph(AnnualReport report) {
        List<Block> blocks = new ArrayList<>(report.preamble());
        boolean lastIsHeading = false;
        for (Section top : report.sections()) {
            for (Section s : top.allSections().toList()) {
                blocks.addAll(s.blocks());
                lastIsHeading = s.paragraphs().isEmpty();
            }
        }
        if (lastIsHeading) {
            // the text ends with a heading: part-empty says what is wrong there
            return Optional.empty();
        }
        for (int i = blocks.size() - 1; i >= 0; i--) {
            if (blocks.get(i) instanceof Paragraph p && !p.text().isBlank()) {
                return Optional.of(p);
            }
            if (!(blocks.get(i) instanceof PageFurniture)) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * Whether {@code text} (not blank, stripped at the end) ends as a sentence does: with its closing mark, or
     * with a closing quote or bracket (what it closes was not cut).
     */
    static boolean endsASentence(String text) {
        char c = text.charAt(text.length() - 1);
        return SENTENCE_ENDS.indexOf(c) >= 0 || CLOSERS.indexOf(c) >= 0;
    }
}
