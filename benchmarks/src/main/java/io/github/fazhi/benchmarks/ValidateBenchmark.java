package io.github.fazhi.benchmarks;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.PlainTextReader;
import io.github.fazhi.core.ReportJson;
import io.github.fazhi.validation.Profile;
import io.github.fazhi.validation.ReportValidator;
import io.github.fazhi.validation.ValidationReport;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Validation: fazhi's {@link ReportValidator} with the national profile on a report read from its text
 * (as {@code fazhi check} does), beside two things an app could do instead: a plain Hibernate
 * Validator pass over an equivalent {@link BeanGraph bean graph} with only built-in constraints, and
 * networknt json-schema-validator checking the report's JSON against core's JSON Schema, on the parsed
 * tree ({@link #networknt()}) and from the JSON text ({@link #networkntFromText()}). Validators,
 * schema, beans and JSON are all built once, outside the measurement.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@State(Scope.Benchmark)
public class ValidateBenchmark {

    /** Size of the report in Chinese characters. */
    @Param({"3000", "10000", "30000"})
    public int size;

    AnnualReport report;
    ReportValidator validator;
    ValidatorFactory factory;
    Validator beanValidator;
    BeanGraph.ReportBean beans;
    Schema schema;
    String json;
    JsonNode tree;

    @Setup(Level.Trial)
    public void setUp() {
        report = PlainTextReader.standard().read(Corpus.text(Corpus.report(size)), "report.txt");
        validator = ReportValidator.builder().profile(Profile.national()).build();
        factory = Validation.byDefaultProvider()
                .configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory();
        beanValidator = factory.getValidator();
        beans = BeanGraph.of(report);
        schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(ReportJson.schema());
        json = ReportJson.write(report);
        tree = JsonMapper.builder().build().readTree(json);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        factory.close();
    }

    /** fazhi: every rule of the national profile. */
    @Benchmark
    public ValidationReport fazhi() {
        return validator.validate(report);
    }

    /** Peer: Hibernate Validator over the bean graph, built-in constraints only. */
    @Benchmark
    public Set<ConstraintViolation<BeanGraph.ReportBean>> hibernateValidator() {
        return beanValidator.validate(beans);
    }

    /** Peer: networknt json-schema-validator on the report's parsed JSON. */
    @Benchmark
    public List<Error> networknt() {
        return schema.validate(tree);
    }

    /** Peer: networknt json-schema-validator on the report's JSON text, parsing included. */
    @Benchmark
    public List<Error> networkntFromText() {
        return schema.validate(json, InputFormat.JSON);
    }
}
