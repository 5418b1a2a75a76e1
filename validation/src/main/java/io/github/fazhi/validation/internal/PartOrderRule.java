package io.github.fazhi.validation.internal;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.Section;
import io.github.fazhi.core.SectionKind;
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

/**
 * Rule {@code part-order}: the mandated parts stand out of the order 1, 2, 3, 4, 5 (the first-responsible-person
 * part may come first).
 */
@RuleDefinition(id = PartOrderRule.ID, severity = Severity.WARNING, category = RuleCategory.STRUCTURE)
public final class PartOrderRule extends ReportRule<PartOrderRule.Check> {

    /** The rule's stable id. */
    public static final String ID = "part-order";

    /** The rule's constraint, applied to {@link AnnualReport} through the programmatic mapping. */
    @Documented
    @Constraint(validatedBy = PartOrderRule.class)
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    public @interface Check {
        String message() default "{" + Messages.PREFIX + ID + ".message}";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    @Override
    protected void check(AnnualReport report, RuleContext context) {
        List<Section> parts = new ArrayList<>();
        for (Section s : report.sections()) {
            if (s.kind().isMandated()) {
                parts.add(s);
            }
        }
        if (!parts.isEmpty() && parts.get(0).kind() == SectionKind.FIRST_RESPONSIBLE_PERSON) {
            parts.remove(0);
        }
        Section highest = null;
        for (Section s : parts) {
            if (highest != null && s.kind().mandatedItem() < highest.kind().mandatedItem()) {
                context.at(s)
                        .param("part", Parts.name(s.kind(), context.locale()))
                        .param("after", Parts.name(highest.kind(), context.locale()))
                        .detail("item", s.kind().mandatedItem())
                        .detail("afterItem", highest.kind().mandatedItem())
                        .fix()
                        .report();
            } else {
                highest = s;
            }
        }
    }
}
