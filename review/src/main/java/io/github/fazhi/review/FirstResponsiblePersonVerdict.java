package io.github.fazhi.review;

import io.github.fazhi.review.internal.AuditMessages;
import io.github.fazhi.validation.Finding;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What a report says about item 3, the principal leaders' performance of the first-responsible-person duty
 * (第一责任人职责), as a reviewing office sums it up: a part of its own, a sub-part of another part, present but
 * hollow, only mentioned in passing, or missing. It rests on the validator's findings about item 3 (every
 * {@code frp-…} rule, and any finding whose detail names item 3 or the kind {@code FIRST_RESPONSIBLE_PERSON}),
 * so rules added later change the verdict without changes here, and on where the report puts the content.
 *
 * <pre>{@code
 * FirstResponsiblePersonVerdict v = summary.firstResponsiblePerson();
 * v.kind();                   // HOLLOW
 * v.findings();               // [WARNING frp-duty-coverage @s3: …]
 * v.label(Locale.CHINA);      // "内容空泛"
 * }</pre>
 *
 * @param kind the verdict
 * @param findings the findings about item 3 it rests on, in document order
 */
public record FirstResponsiblePersonVerdict(Kind kind, List<Finding> findings) {

    /** The verdicts, from the best to the worst. */
    public enum Kind {
        /** A part of its own, with nothing found wrong in it. */
        OWN_PART("own-part"),
        /** A sub-part of another part whose heading names the duty (as many departments write it), nothing wrong in it. */
        SUB_PART("sub-part"),
        /** There is such content, but the validator finds it hollow: too few duties, no leader named, empty. */
        HOLLOW("hollow"),
        /** No part or sub-part names the duty; sentences mention it in passing, which offices send back. */
        MENTIONED_ONLY("mentioned-only"),
        /** Item 3 is missing. */
        MISSING("missing"),
        /** The report could not be read. */
        NOT_READ("not-read");

        private final String id;

        Kind(String id) {
            this.id = id;
        }

        /** The stable id used in the JSON output, e.g. {@code sub-part}. */
        public String id() {
            return id;
        }

        /** Whether an office accepts item 3 as it stands. */
        public boolean acceptable() {
            return this == OWN_PART || this == SUB_PART;
        }
    }

    /** Nothing is known: the report was not read. */
    public static final FirstResponsiblePersonVerdict NOT_READ =
            new FirstResponsiblePersonVerdict(Kind.NOT_READ, List.of());

    /** Checks for nulls and copies the findings. */
    public FirstResponsiblePersonVerdict {
        Objects.requireNonNull(kind, "kind");
        findings = List.copyOf(findings);
    }

    /** The verdict in words in {@code locale}, e.g. {@code 单独成部分}. */
    public String label(Locale locale) {
        return AuditMessages.get(locale, "frp." + kind.id());
    }

    /** The ids of the rules behind the verdict, each once, in the order found. */
    public List<String> ruleIds() {
        return findings.stream().map(Finding::ruleId).distinct().toList();
    }
}
