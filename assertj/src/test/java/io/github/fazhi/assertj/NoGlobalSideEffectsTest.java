package io.github.fazhi.assertj;

import static io.github.fazhi.assertj.FazhiAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fazhi.core.SectionKind;
import io.github.fazhi.validation.Profile;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * A library changes nothing global: asserting (passing, failing, validating with a validator of its own in
 * both languages) leaves the JVM's system properties and java.util.logging's configuration as they were.
 */
class NoGlobalSideEffectsTest {

    @Test
    void assertingLeavesSystemPropertiesAndLoggingAsTheyWere() {
        Properties before = (Properties) System.getProperties().clone();
        Map<String, Level> levelsBefore = levels();
        Level rootBefore = Logger.getLogger("").getLevel();
        Handler[] handlersBefore = Logger.getLogger("").getHandlers();

        // validators the assertions build themselves (not the shared test one), in Chinese and in English
        assertThat(Fixtures.clean()).isValid(Profile.national(), Locale.ENGLISH);
        assertThat(Fixtures.clean()).isValid(Profile.national(), Locale.SIMPLIFIED_CHINESE);
        assertThat(Fixtures.clean()).isValid().hasSection(SectionKind.FIRST_RESPONSIBLE_PERSON);
        assertThatThrownBy(() -> assertThat(Fixtures.clean()).hasReportingYear(1999))
                .isInstanceOf(AssertionError.class);
        assertThatThrownBy(() ->
                        assertThat(Fixtures.clean()).inLocale(Locale.ENGLISH).hasNoTitle())
                .isInstanceOf(AssertionError.class);

        org.assertj.core.api.Assertions.assertThat(System.getProperties()).isEqualTo(before);
        Map<String, Level> levelsAfter = levels();
        for (Map.Entry<String, Level> e : levelsAfter.entrySet()) {
            // a logger made since may exist, but none has a level set by the assertions
            org.assertj.core.api.Assertions.assertThat(e.getValue())
                    .as(e.getKey())
                    .isEqualTo(levelsBefore.get(e.getKey()));
        }
        org.assertj.core.api.Assertions.assertThat(Logger.getLogger("").getLevel())
                .isEqualTo(rootBefore);
        org.assertj.core.api.Assertions.assertThat(Logger.getLogger("").getHandlers())
                .containsExactly(handlersBefore);
    }

    /** The level set on every logger java.util.logging knows (loggers with no level of their own are left out). */
    private static Map<String, Level> levels() {
        Map<String, Level> out = new TreeMap<>();
        for (String name : Collections.list(LogManager.getLogManager().getLoggerNames())) {
            Logger l = LogManager.getLogManager().getLogger(name);
            if (l != null && l.getLevel() != null) {
                out.put(name, l.getLevel());
            }
        }
        return out;
    }
}
