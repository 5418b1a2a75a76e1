package io.github.fazhi.validation.internal;

import io.github.fazhi.validation.RuleCategory;
import jakarta.validation.GroupSequence;

/** The Bean Validation groups of the rule categories, and their sequence. */
public final class Groups {

    private Groups() {}

    /** Rules of {@link RuleCategory#STRUCTURE}. */
    public interface Structure {}

    /** Rules of {@link RuleCategory#CONTENT}. */
    public interface Content {}

    /** Rules of {@link RuleCategory#STYLE}. */
    public interface Style {}

    /** Structure, then content, then style, stopping after the first category with a violation. */
    @GroupSequence({Structure.class, Content.class, Style.class})
    public interface InSequence {}

    /** The group of {@code category}. */
    public static Class<?> of(RuleCategory category) {
        return switch (category) {
            case STRUCTURE -> Structure.class;
            case CONTENT -> Content.class;
            case STYLE -> Style.class;
        };
    }

    /** Every category's group, in order, for a full check. */
    public static Class<?>[] all() {
        return new Class<?>[] {Structure.class, Content.class, Style.class};
    }
}
