package io.github.fazhi.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.validation.Validation;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.hibernate.validator.HibernateValidator;
import org.junit.jupiter.api.Test;

/**
 * The build runs this module's tests once for every Hibernate Validator line a host app may bring (8.0
 * with Jakarta Validation 3.0, 9.0 and 9.1 with 3.1: see the surefire executions in the POM); this test
 * checks that each run really has the versions it was meant to test.
 */
class HostVersionTest {

    @Test
    void theTestsRunOnTheHibernateValidatorAndJakartaValidationTheyWereMeantFor() throws IOException {
        String hv = System.getProperty("fazhi.expected.hibernate-validator", "");
        String api = System.getProperty("fazhi.expected.jakarta-validation", "");
        assumeTrue(!hv.isEmpty() && !api.isEmpty(), "run outside the build's surefire executions");

        assertThat(HibernateValidator.class.getPackage().getImplementationVersion())
                .startsWith(hv);
        Properties pom = new Properties();
        try (InputStream in = Validation.class.getResourceAsStream(
                "/META-INF/maven/jakarta.validation/jakarta.validation-api/pom.properties")) {
            assertThat(in).isNotNull();
            pom.load(in);
        }
        assertThat(pom.getProperty("version")).startsWith(api);
    }

    @Test
    void aValidatorWorksOnThisVersion() {
        ValidationReport result = ReportValidator.national().validate(Samples.clean());
        assertThat(result.findings()).isEmpty();
    }
}
