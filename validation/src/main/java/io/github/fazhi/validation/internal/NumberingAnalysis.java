package io.github.fazhi.validation.internal;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.Block;
import io.github.fazhi.core.ChineseNumerals;
import io.github.fazhi.core.NumberLabel;
import io.github.fazhi.core.Numbering;
import io.github.fazhi.core.PageFurniture;
import io.github.fazhi.core.Paragraph;
import io.github.fazhi.core.Section;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The sequence checks shared by the numbering rules: within each parent, the labels of one level count
 * 1, 2, 3 without gaps or repeats. A heading printed without a label ({@code printedNumber} {@code ""}) is
 * left out; a section built without a printed label counts with its derived GB/T 9704 label. A level
 * numbered continuously across parents (1. 2. under （一）, 3. 4. under （二）) is recognised as such. A repeated
 * label takes the place of the next one: （一）（一）（三） is one duplicate, not a duplicate and a gap.
 */
public final class NumberingAnalysis {

    /** What is wrong at one section. */
    public enum Kind {
        /** Labels are missing before this one. */
        GAP,
        /** This label repeats an earlier sibling's. */
        DUPLICATE,
        /** This level continues the count of the previous parent's children instead of restarting. */
        CONTINUATION
    }

    /**
     * One issue.
     *
     * @param kind what is wrong
     * @param section the section where it shows
     * @param found the label found there
     * @param missing the labels that are missing (for a gap), in standard form
     * @param unlabelled a paragraph just before the section that reads like a heading that lost its label
     * @param expected the label that should stand there (for a repeat), in standard form
     */
    public record Issue(
            Kind kind,
            Section section,
            NumberLabel found,
            List<String> missing,
            Optional<Paragraph> unlabelled,
            Optional<String> expected) {
        /** Copies the list. */
        public Issue {
            missing = List.copyOf(missing);
        }
    }

    private static final int MAX_LISTED = 10;

    private NumberingAnalysis() {}

    /**
     * The label a section carries: as printed, with the level and ordinal the reader parsed from it
     * ({@link Section#number()}), else derived; empty when printed without one or without a numeral
     * ({@code 、坚持…}, where the reader inferred the number). The printed label is not parsed again: it is in
     * the standard form when it is the GB/T 9704 label of the section's number.
     */
    public static Optional<NumberLabel> labelOf(Section s) {
        if (s.printedNumber().isPresent()) {
            String printed = s.printedNumber().get().strip();
            if (!hasNumeral(printed)) {
                return Optional.empty();
            }
            Numbering n = s.number();
            return Optional.of(new NumberLabel(printed, n.level(), n.ordinal(), printed.equals(n.label())));
        }
        Numbering n = s.number();
        return Optional.of(new NumberLabel(n.label(), n.level(), n.ordinal(), true));
    }

    private static boolean hasNumeral(String printed) {
        for (int i = 0; i < printed.length(); i++) {
            char c = printed.charAt(i);
            if ((c >= '0' && c <= '9') || (c >= '０' && c <= '９') || ChineseNumerals.isNumeralChar(c)) {
                return true;
            }
        }
        return false;
    }

    /** Every issue, in document order (unmodifiable). Analysed once per validation (three rules ask): see {@link ReportMemo}. */
    public static List<Issue> analyze(AnnualReport report) {
        return ReportMemo.get(report, ReportMemo.NUMBERING);
    }

    /** {@link #analyze} afresh: the reference the kept issues are tested against. */
    static List<Issue> analyzeAfresh(AnnualReport report) {
        List<Issue> out = new ArrayList<>();
        Map<Integer, Integer> lastEnd = new HashMap<>();
        group(report.sections(), List.of(), true, lastEnd, out);
        report.allSections().forEach(s -> group(s.subsections(), s.blocks(), false, lastEnd, out));
        return Collections.unmodifiableList(out);
    }

    private static void group(
            List<Section> children,
            List<Block> parentBlocks,
            boolean top,
            Map<Integer, Integer> lastEnd,
            List<Issue> out) {
        Map<Integer, List<Section>> byLevel = new LinkedHashMap<>();
        // by identity: a section's hash is its whole subtree's, and equal sections have equal labels anyway
        Map<Section, NumberLabel> labels = new IdentityHashMap<>();
        for (Section c : children) {
            Optional<NumberLabel> l = labelOf(c);
            if (l.isPresent()) {
                labels.put(c, l.get());
                byLevel.computeIfAbsent(l.get().level(), k -> new ArrayList<>()).add(c);
            }
        }
        for (Map.Entry<Integer, List<Section>> e : byLevel.entrySet()) {
            int level = e.getKey();
            List<Section> seq = e.getValue();
            Set<Integer> seen = new HashSet<>();
            int prev = 0;
            for (int i = 0; i < seq.size(); i++) {
                Section s = seq.get(i);
                NumberLabel label = labels.get(s);
                int o = label.ordinal();
                if (i == 0 && o != 1) {
                    Integer end = top ? null : lastEnd.get(level);
                    if (end != null && end >= 2 && o == end + 1) {
                        out.add(new Issue(Kind.CONTINUATION, s, label, List.of(), Optional.empty(), Optional.empty()));
                    } else {
                        out.add(gap(s, label, level, 1, o, previousParagraph(children, s, parentBlocks)));
                    }
                } else if (i > 0 && o > prev + 1) {
                    out.add(gap(s, label, level, prev + 1, o, previousParagraph(children, s, parentBlocks)));
                } else if (i > 0 && seen.contains(o)) {
                    out.add(new Issue(
                            Kind.DUPLICATE,
                            s,
                            label,
                            List.of(),
                            Optional.empty(),
                            Optional.of(new Numbering(level, Math.min(prev + 1, 9999)).label())));
                    // the repeat stands where the next label should: （一）（一）（三） lacks no （二）, the
                    // duplicate finding says where it went
                    seen.add(o);
                    prev++;
                    continue;
                }
                seen.add(o);
                prev = Math.max(prev, o);
            }
            lastEnd.put(level, prev);
        }
    }

    private static Issue gap(Section s, NumberLabel label, int level, int from, int to, Optional<Paragraph> before) {
        List<String> missing = new ArrayList<>();
        for (int n = from; n < to && missing.size() < MAX_LISTED; n++) {
            missing.add(new Numbering(level, n).label());
        }
        Optional<Paragraph> unlabelled =
                to - from == 1 ? before.filter(NumberingAnalysis::readsLikeHeading) : Optional.empty();
        return new Issue(Kind.GAP, s, label, List.copyOf(missing), unlabelled, Optional.empty());
    }

    /** The paragraph right before {@code s}: the parent's last block, or the previous sibling's last block. */
    private static Optional<Paragraph> previousParagraph(List<Section> siblings, Section s, List<Block> parentBlocks) {
        int i = siblings.indexOf(s);
        List<Block> blocks;
        if (i == 0) {
            blocks = parentBlocks;
        } else {
            Section prev = siblings.get(i - 1);
            if (!prev.subsections().isEmpty()) {
                return Optional.empty();
            }
            blocks = prev.blocks();
        }
        // the last of the report's own blocks: page furniture (a page header) may stand after it
        for (int k = blocks.size() - 1; k >= 0; k--) {
            Block b = blocks.get(k);
            if (b instanceof Paragraph p) {
                return Optional.of(p);
            }
            if (!(b instanceof PageFurniture)) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** A paragraph whose first sentence is short and ends in 。, as a run-in heading does. */
    private static boolean readsLikeHeading(Paragraph p) {
        String first = Texts.firstSentence(p.text().strip());
        return first.endsWith("。")
                && first.length() >= 4
                && first.length() <= 40
                && first.length() < p.text().strip().length();
    }
}
