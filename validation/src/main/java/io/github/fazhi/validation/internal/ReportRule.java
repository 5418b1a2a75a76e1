package io.github.fazhi.validation.internal;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.validation.RuleContext;
import jakarta.validation.ConstraintValidatorContext;
import java.lang.annotation.Annotation;
import java.util.List;
import java.util.Map;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidator;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * The base of every rule: a {@link jakarta.validation.ConstraintValidator} on the {@link AnnualReport} (held by
 * a {@link ReportSubject}, the bean Hibernate Validator validates) that runs the rule's check and turns each finding into a constraint violation of its own, with the message
 * parameters added (escaped) through Hibernate Validator, the element id as property node and the
 * finding's detail as dynamic payload.
 *
 * <p>Subclasses hold no mutable state: Hibernate Validator shares one instance between threads. A library rule
 * declares itself with {@link RuleDefinition}; see {@link BuiltInRules} for how to add one.
 *
 * @param <A> the rule's constraint annotation
 */
public abstract class ReportRule<A extends Annotation> implements HibernateConstraintValidator<A, ReportSubject> {

    private final String id;

    /** Reads the rule's id from its {@link RuleDefinition} (rules a profile adds override {@link #ruleId()}). */
    protected ReportRule() {
        RuleDefinition def = getClass().getAnnotation(RuleDefinition.class);
        this.id = def == null ? "" : def.id();
    }

    /** The rule's id: its {@link RuleDefinition#id()}. */
    protected String ruleId() {
        return id;
    }

    /** Checks {@code report}, reporting findings through {@code context}. */
    protected abstract void check(AnnualReport report, RuleContext context);

    @Override
    public final boolean isValid(ReportSubject subject, ConstraintValidatorContext context) {
        if (subject == null) {
            return true;
        }
        AnnualReport report = ReportSubject.report(subject);
        HibernateConstraintValidatorContext h = context.unwrap(HibernateConstraintValidatorContext.class);
        ValidationSettings settings = h.getConstraintValidatorPayload(ValidationSettings.class);
        if (settings == null) {
            settings = ValidationSettings.DEFAULT;
        }
        FindingCollector collector = new FindingCollector(ruleId(), report, settings);
        check(report, collector);
        List<FindingCollector.Pending> found = collector.findings();
        if (found.isEmpty()) {
            return true;
        }
        h.disableDefaultConstraintViolation();
        for (FindingCollector.Pending f : found) {
            for (Map.Entry<String, Object> p : f.params().entrySet()) {
                h.addMessageParameter(p.getKey(), ParameterEscaping.escape(p.getValue()));
            }
            h.withDynamicPayload(f.payload());
            h.buildConstraintViolationWithTemplate("{" + Messages.key(f.ruleId(), f.variant()) + "}")
                    .addPropertyNode(f.elementId())
                    .addConstraintViolation();
        }
        return false;
    }
}
