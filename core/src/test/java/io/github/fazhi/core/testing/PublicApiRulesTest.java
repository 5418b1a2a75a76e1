package io.github.fazhi.core.testing;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import io.github.fazhi.core.testing.internal.HiddenForRuleTest;
import org.junit.jupiter.api.Test;

class PublicApiRulesTest {

    /** Leaks an internal type through a public method. */
    public static final class Leaky {
        /** Returns an internal type. */
        public HiddenForRuleTest hidden() {
            return new HiddenForRuleTest();
        }
    }

    /** Uses an internal type, but only in private. */
    public static final class Tidy {
        private HiddenForRuleTest hidden() {
            return new HiddenForRuleTest();
        }

        /** Uses it inside. */
        public String name() {
            return hidden().getClass().getSimpleName();
        }
    }

    @Test
    void anInternalTypeInAPublicSignatureBreaksTheRule() {
        assertThatThrownBy(() -> PublicApiRules.NO_INTERNAL_TYPES.check(
                        new ClassFileImporter().importClasses(Leaky.class, HiddenForRuleTest.class)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Leaky.hidden()")
                .hasMessageContaining("HiddenForRuleTest");
    }

    @Test
    void anInternalTypeUsedInPrivateDoesNot() {
        assertThatCode(() -> PublicApiRules.NO_INTERNAL_TYPES.check(
                        new ClassFileImporter().importClasses(Tidy.class, HiddenForRuleTest.class)))
                .doesNotThrowAnyException();
    }
}
