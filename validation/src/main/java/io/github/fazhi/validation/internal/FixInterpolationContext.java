package io.github.fazhi.validation.internal;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.ValidationException;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hibernate.validator.messageinterpolation.ExpressionLanguageFeatureLevel;
import org.hibernate.validator.messageinterpolation.HibernateMessageInterpolatorContext;

/**
 * The interpolation context for a finding's suggested fix: the violation's constraint and the finding's
 * message parameters, escaped as they are for the message itself.
 */
public final class FixInterpolationContext implements HibernateMessageInterpolatorContext {

    private final ConstraintViolation<?> violation;
    private final Map<String, Object> params;

    /** A context for a fix of {@code violation} with {@code params} (unescaped). */
    public FixInterpolationContext(ConstraintViolation<?> violation, Map<String, Object> params) {
        this.violation = violation;
        Map<String, Object> escaped = new LinkedHashMap<>();
        params.forEach((k, v) -> escaped.put(k, ParameterEscaping.escape(v)));
        this.params = Map.copyOf(escaped);
    }

    @Override
    public ConstraintDescriptor<?> getConstraintDescriptor() {
        return violation.getConstraintDescriptor();
    }

    @Override
    public Object getValidatedValue() {
        return violation.getInvalidValue();
    }

    @Override
    public <T> T unwrap(Class<T> type) {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new ValidationException("cannot unwrap to " + type.getName());
    }

    @Override
    public Class<?> getRootBeanType() {
        return violation.getRootBeanClass();
    }

    @Override
    public Map<String, Object> getMessageParameters() {
        return params;
    }

    @Override
    public Map<String, Object> getExpressionVariables() {
        return Map.of();
    }

    @Override
    public Path getPropertyPath() {
        return violation.getPropertyPath();
    }

    @Override
    public ExpressionLanguageFeatureLevel getExpressionLanguageFeatureLevel() {
        return ExpressionLanguageFeatureLevel.NONE;
    }
}
