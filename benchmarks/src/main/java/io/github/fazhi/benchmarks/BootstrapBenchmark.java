package io.github.fazhi.benchmarks;

import io.github.fazhi.validation.Profile;
import io.github.fazhi.validation.ReportValidator;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.concurrent.TimeUnit;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Building a validator: {@link ReportValidator} with the national profile (its own Hibernate Validator
 * factory with every rule mapped programmatically, its message bundles) beside a default Hibernate
 * Validator factory.
 *
 * <p>The plain {@code Validation.buildDefaultValidatorFactory()} needs a Jakarta Expression Language
 * implementation for its default message interpolator, which fazhi does not bring (it uses no EL), so
 * the peer is the default provider configured with {@link ParameterMessageInterpolator}: the cheapest
 * factory Hibernate Validator builds. Both measure steady state (warm JIT, class loading done); the
 * first construction in a fresh JVM costs far more, which the command line's start-up time shows.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class BootstrapBenchmark {

    /** fazhi: a validator for the national profile. */
    @Benchmark
    public ReportValidator fazhi() {
        return ReportValidator.builder().profile(Profile.national()).build();
    }

    /** Peer: the default Hibernate Validator factory (without EL) and a validator from it. */
    @Benchmark
    public Validator hibernateValidator() {
        try (ValidatorFactory factory = Validation.byDefaultProvider()
                .configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory()) {
            return factory.getValidator();
        }
    }
}
