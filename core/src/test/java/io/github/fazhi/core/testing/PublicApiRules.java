package io.github.fazhi.core.testing;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import java.util.ArrayList;
import java.util.List;

/**
 * What every module's public API must keep to: no type of an {@code .internal} package appears in it, as
 * the superclass or an interface of a public type or in the signature (return, parameter, field or thrown
 * type) of a public or protected member. The jars are automatic modules, which export every package, so
 * this is what keeps internals out of an application's code.
 *
 * <pre>{@code
 * PublicApiRules.NO_INTERNAL_TYPES.check(new ClassFileImporter()
 *         .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
 *         .importPackages("io.github.fazhi.render"));
 * }</pre>
 */
public final class PublicApiRules {

    private static final DescribedPredicate<JavaClass> INTERNAL =
            DescribedPredicate.describe("internal", c -> c.getPackageName().contains(".internal"));

    /** No internal type in the public API. */
    public static final ArchRule NO_INTERNAL_TYPES = ArchRuleDefinition.classes()
            .that()
            .arePublic()
            .and()
            .resideOutsideOfPackage("..internal..")
            .should(exposeNoInternalType())
            .allowEmptyShould(true);

    private PublicApiRules() {}

    private static ArchCondition<JavaClass> exposeNoInternalType() {
        return new ArchCondition<>("expose no type of an .internal package") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                List<String> leaks = new ArrayList<>();
                type.getRawSuperclass().filter(INTERNAL).ifPresent(s -> leaks.add("extends " + s.getName()));
                type.getRawInterfaces().stream().filter(INTERNAL).forEach(i -> leaks.add("implements " + i.getName()));
                for (JavaMember m : type.getMembers()) {
                    if (!m.getModifiers().contains(JavaModifier.PUBLIC)
                            && !m.getModifiers().contains(JavaModifier.PROTECTED)) {
                        continue;
                    }
                    List<JavaClass> used = new ArrayList<>();
                    if (m instanceof JavaField f) {
                        used.add(f.getRawType());
                    } else if (m instanceof JavaCodeUnit c) {
                        used.add(c.getRawReturnType());
                        used.addAll(c.getRawParameterTypes());
                        used.addAll(c.getExceptionTypes());
                    }
                    used.stream().filter(INTERNAL).forEach(u -> leaks.add(m.getFullName() + " uses " + u.getName()));
                }
                for (String leak : leaks) {
                    events.add(SimpleConditionEvent.violated(type, leak));
                }
            }
        };
    }
}
