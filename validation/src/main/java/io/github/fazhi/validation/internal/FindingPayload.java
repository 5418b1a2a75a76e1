package io.github.fazhi.validation.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The dynamic payload of a violation: which rule, which element, the message parameters (for the fix),
 * the fix template, structured detail and the spot within the element's text.
 *
 * @param ruleId the rule's id
 * @param elementId the element's id, or {@code report}
 * @param params the message parameters, unescaped
 * @param fixVariant the fix template's part name, when the finding has a fix
 * @param detail structured detail
 * @param start the start offset within the element's text, when narrowed
 * @param end the end offset within the element's text, when narrowed
 * @param related the other places of the same defect
 */
public record FindingPayload(
        String ruleId,
        String elementId,
        Map<String, Object> params,
        Optional<String> fixVariant,
        Map<String, Object> detail,
        OptionalInt start,
        OptionalInt end,
        List<Place> related) {

    /**
     * Another place of the finding.
     *
     * @param elementId the element's id
     * @param start the start offset within the element's text, when narrowed
     * @param end the end offset, when narrowed
     */
    public record Place(String elementId, OptionalInt start, OptionalInt end) {}
}
