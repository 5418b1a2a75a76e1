package io.github.fazhi.validation.internal;

import io.github.fazhi.validation.Severity;
import jakarta.validation.Payload;
import java.util.Set;

/** The Bean Validation payloads that carry a rule's severity on its constraint. */
public final class SeverityPayload {

    private SeverityPayload() {}

    /** {@link Severity#ERROR}. */
    public interface Error extends Payload {}

    /** {@link Severity#WARNING}. */
    public interface Warning extends Payload {}

    /** {@link Severity#INFO}. */
    public interface Info extends Payload {}

    /** The payload class for {@code severity}. */
    public static Class<? extends Payload> of(Severity severity) {
        return switch (severity) {
            case ERROR -> Error.class;
            case WARNING -> Warning.class;
            case INFO -> Info.class;
        };
    }

    /** The severity a constraint's payload carries (WARNING when it carries none). */
    public static Severity severityOf(Set<Class<? extends Payload>> payload) {
        if (payload.contains(Error.class)) {
            return Severity.ERROR;
        }
        if (payload.contains(Info.class)) {
            return Severity.INFO;
        }
        return Severity.WARNING;
    }
}
