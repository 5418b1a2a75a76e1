package io.github.fazhi.validation.internal;

import io.github.fazhi.validation.RuleCategory;
import io.github.fazhi.validation.Severity;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a library rule on its class: the stable id, the default severity, the category and whether the
 * national profile checks it. The rule's parameters are the attributes of its constraint annotation (the
 * nested {@code Check}) other than {@code message}, {@code groups} and {@code payload}: each is read from the
 * profile by its name ({@code Profile.Builder#parameter}), its default is the attribute's default.
 *
 * <pre>{@code
 * @RuleDefinition(id = FrpDutyCoverageRule.ID, severity = Severity.WARNING, category = RuleCategory.CONTENT)
 * public final class FrpDutyCoverageRule extends ReportRule<FrpDutyCoverageRule.Check> {
 *     ...
 *     public @interface Check {
 *         ...
 *         int minDutyCoverage() default 3;   // the profile's parameter "minDutyCoverage"
 *     }
 * }
 * }</pre>
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface RuleDefinition {

    /** The stable kebab-case id; never reused once retired. */
    String id();

    /** The severity the rule has unless a profile changes it. */
    Severity severity();

    /** The category, which orders the check (structure, content, style). */
    RuleCategory category();

    /** Whether the national profile checks the rule (a profile may enable a rule that is off by default). */
    boolean enabledByDefault() default true;
}
