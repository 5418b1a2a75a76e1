package io.github.fazhi.validation;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.Element;
import io.github.fazhi.core.SourceSpan;
import io.github.fazhi.validation.internal.BuiltInRules;
import io.github.fazhi.validation.internal.ContributorMessageInterpolator;
import io.github.fazhi.validation.internal.CustomRuleValidator;
import io.github.fazhi.validation.internal.Explanations;
import io.github.fazhi.validation.internal.FindingPayload;
import io.github.fazhi.validation.internal.FixInterpolationContext;
import io.github.fazhi.validation.internal.Groups;
import io.github.fazhi.validation.internal.Messages;
import io.github.fazhi.validation.internal.MessagesLocator;
import io.github.fazhi.validation.internal.ParameterEscaping;
import io.github.fazhi.validation.internal.ReportSubject;
import io.github.fazhi.validation.internal.SeverityPayload;
import io.github.fazhi.validation.internal.Spans;
import io.github.fazhi.validation.internal.ValidationSettings;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.hibernate.validator.cfg.GenericConstraintDef;
import org.hibernate.validator.cfg.context.TypeConstraintMappingContext;
import org.hibernate.validator.engine.HibernateConstraintViolation;
import org.hibernate.validator.messageinterpolation.ExpressionLanguageFeatureLevel;

/**
 * Checks annual reports against a {@link Profile}: the national rules by default, in Chinese by default.
 * Build it once and share it: it is immutable and thread-safe, and holds its own Hibernate Validator
 * factory, configured without expression language and without the application's {@code
 * ValidationMessages} or {@code validation.xml}. The factory is built on the first report checked (once, by
 * whichever thread checks first); the profile's rules and parameters are checked when the validator is built.
 *
 * <pre>{@code
 * ReportValidator validator = ReportValidator.builder()
 *         .profile(Profile.national())
 *         .locale(Locale.SIMPLIFIED_CHINESE)
 *         .build();
 * ValidationReport result = validator.validate(report);
 * for (Finding f : result.errors()) {
 *     System.out.println(f.span().map(s -> s.line() + ": ").orElse("") + f.message());
 * }
 * String sarif = result.toSarif();
 * }</pre>
 */
public final class ReportValidator {

    private final Profile profile;
    private final Locale locale;
    private final boolean failFastByCategory;
    private final ContributorMessageInterpolator interpolator;
    /** The era of reports without a year (the profile's, or today's), and the constraints checked in it. */
    private final RuleEra defaultEra;

    private final Constraints defaultConstraints;
    /**
     * The Hibernate Validator validator of each era met, its factory built on the era's first report (once: a
     * {@link ConcurrentHashMap#computeIfAbsent} runs the build once per key while other threads wait for it).
     */
    private final Map<RuleEra, Validator> byEra = new ConcurrentHashMap<>();

    private final Map<String, Integer> ruleOrder = new HashMap<>();

    private ReportValidator(Builder b) {
        this.profile = b.profile;
        this.locale = b.locale;
        this.failFastByCategory = b.failFastByCategory;
        List<Rule> rules = profile.rules();
        for (int i = 0; i < rules.size(); i++) {
            ruleOrder.put(rules.get(i).id(), i);
        }
        List<Rule> added = rules.stream().filter(r -> !r.isBuiltIn()).toList();
        this.interpolator = new ContributorMessageInterpolator(new MessagesLocator(added), locale);
        // what a profile can get wrong (a parameter's value, a rule's severity) fails here, at build()
        this.defaultEra = profile.era().orElse(RuleEra.current());
        this.defaultConstraints = constraintsFor(defaultEra);
    }

    /** The constraints of one era: the profile as in force then, and each of its rules' constraint. */
    private record Constraints(Profile profile, List<GenericConstraintDef<?>> definitions) {}

    /** A validator of the profile's rules that are in force in {@code era}, with the era's parameters. */
    private Validator validatorFor(RuleEra era) {
        Constraints constraints = era == defaultEra ? defaultConstraints : constraintsFor(era);
        Profile profile = constraints.profile();
        HibernateValidatorConfiguration config = Validation.byProvider(HibernateValidator.class)
                .providerResolver(() -> List.of(new HibernateValidator()))
                .configure()
                .ignoreXmlConfiguration()
                .messageInterpolator(interpolator)
                .locales(Set.of(locale))
                .defaultLocale(locale)
                .constraintValidatorPayload(new ValidationSettings(profile, locale))
                .constraintExpressionLanguageFeatureLevel(ExpressionLanguageFeatureLevel.NONE)
                .customViolationExpressionLanguageFeatureLevel(ExpressionLanguageFeatureLevel.NONE)
                // parameters are escaped by fazhi (ReportRule), on every Hibernate Validator version
                .addProperty(ParameterEscaping.PROPERTY, ParameterEscaping.DISABLE_BUILT_IN)
                .failFast(false);
        ConstraintMapping mapping = config.createConstraintMapping();
        TypeConstraintMappingContext<ReportSubject> type =
                mapping.type(ReportSubject.class).ignoreAllAnnotations();
        for (GenericConstraintDef<?> definition : constraints.definitions()) {
            type.constraint(definition);
        }
        ValidatorFactory factory = config.addMapping(mapping).buildValidatorFactory();
        return factory.getValidator();
    }

    /** The profile as in force in {@code era} and its rules' constraint definitions. */
    private Constraints constraintsFor(RuleEra era) {
        Profile base = this.profile;
        Profile profile = base;
        if (!era.parameters().isEmpty() || !era.rulesNotInForce().isEmpty()) {
            Profile.Builder b = Profile.extending(base);
            for (String id : era.rulesNotInForce()) {
                if (base.isEnabled(id)) {
                    b.disable(id);
                }
            }
            // the era's deadlines, unless the profile sets its own
            era.parameters().forEach((name, value) -> {
                if (base.valuesSet(name).isEmpty()) {
                    b.parameter(name, value);
                }
            });
            profile = b.build();
        }
        List<Rule> rules = profile.rules();
        List<GenericConstraintDef<?>> definitions = new ArrayList<>(rules.size());
        for (Rule rule : rules) {
            definitions.add(constraintOf(profile, rule));
        }
        return new Constraints(profile, definitions);
    }

    private static GenericConstraintDef<?> constraintOf(Profile profile, Rule rule) {
        Severity severity = profile.severity(rule.id()).orElse(rule.defaultSeverity());
        if (!rule.isBuiltIn()) {
            return new GenericConstraintDef<>(CustomRuleValidator.Check.class)
                    .param("ruleId", rule.id())
                    .groups(Groups.of(rule.category()))
                    .payload(SeverityPayload.of(severity));
        }
        BuiltInRules.Entry entry = BuiltInRules.byId(rule.id()).orElseThrow();
        GenericConstraintDef<?> def = definition(entry.constraint())
                .groups(Groups.of(rule.category()))
                .payload(SeverityPayload.of(severity));
        // every parameter the rule declares is read from the profile by its name; unset ones keep the
        // constraint attribute's default
        for (BuiltInRules.Parameter p : entry.parameters()) {
            Optional<List<String>> set = profile.valuesSet(p.name());
            if (set.isPresent()) {
                def = def.param(p.name(), BuiltInRules.convert(p, set.get()));
            }
        }
        return def;
    }

    private static <A extends Annotation> GenericConstraintDef<A> definition(Class<A> type) {
        return new GenericConstraintDef<>(type);
    }

    /** A builder; by default national profile, Chinese, every category checked. */
    public static Builder builder() {
        return new Builder();
    }

    /** A validator with the national profile, writing in Chinese. */
    public static ReportValidator national() {
        return builder().build();
    }

    /** The profile reports are checked against. */
    public Profile profile() {
        return profile;
    }

    /** The locale messages are written in. */
    public Locale locale() {
        return locale;
    }

    /** Checks {@code report}. */
    public ValidationReport validate(AnnualReport report) {
        return validate(report, Optional.empty());
    }

    /** Checks {@code report}, read from {@code sourceName} (a file name or URI, used by the SARIF output). */
    public ValidationReport validate(AnnualReport report, String sourceName) {
        return validate(report, Optional.of(Objects.requireNonNull(sourceName, "sourceName")));
    }

    private ValidationReport validate(AnnualReport report, Optional<String> source) {
        Objects.requireNonNull(report, "report");
        RuleEra era = profile.eraFor(report.reportingYear());
        Validator validator = byEra.computeIfAbsent(era, this::validatorFor);
        ReportSubject subject = ReportSubject.of(report);
        Set<ConstraintViolation<ReportSubject>> violations = failFastByCategory
                ? validator.validate(subject, Groups.InSequence.class)
                : validator.validate(subject, Groups.all());
        Map<String, Element> elements = new HashMap<>();
        Map<String, Integer> order = new HashMap<>();
        report.walk().forEach(e -> {
            order.putIfAbsent(e.id(), order.size());
            elements.putIfAbsent(e.id(), e);
        });
        List<Placed> placed = new ArrayList<>(violations.size());
        for (ConstraintViolation<ReportSubject> v : violations) {
            @SuppressWarnings("unchecked")
            HibernateConstraintViolation<ReportSubject> hv = v.unwrap(HibernateConstraintViolation.class);
            FindingPayload p = hv.getDynamicPayload(FindingPayload.class);
            if (p == null) {
                continue;
            }
            Severity severity =
                    SeverityPayload.severityOf(v.getConstraintDescriptor().getPayload());
            Optional<String> fix = p.fixVariant().flatMap(variant -> fix(v, p, variant));
            Element element = elements.get(p.elementId());
            Optional<SourceSpan> span = element == null ? Optional.empty() : Spans.of(element, p.start(), p.end());
            List<Finding.Location> related = new ArrayList<>(p.related().size());
            for (FindingPayload.Place place : p.related()) {
                Element e = elements.get(place.elementId());
                related.add(new Finding.Location(
                        place.elementId(), e == null ? Optional.empty() : Spans.of(e, place.start(), place.end())));
            }
            Finding f =
                    new Finding(p.ruleId(), severity, v.getMessage(), p.elementId(), span, fix, p.detail(), related);
            placed.add(new Placed(
                    f,
                    order.getOrDefault(f.elementId(), -1),
                    p.start().orElse(-1),
                    ruleOrder.getOrDefault(f.ruleId(), Integer.MAX_VALUE)));
        }
        // document order: by element, then by the spot within its text (so a report read from a document
        // and the same report built list their findings alike), then in catalogue order
        placed.sort(Comparator.comparingInt(Placed::element)
                .thenComparingInt(Placed::offset)
                .thenComparingInt(Placed::rule)
                .thenComparing(x -> x.finding().message()));
        List<Finding> findings = placed.stream().map(Placed::finding).toList();
        // a finding that explains others stands for them: a text that is no report at all gets that one
        // finding, not every part listed as missing; a copy cut mid-sentence, not the parts after the cut
        findings = Explanations.withoutExplained(findings);
        return new ValidationReport(findings, source, profile, locale, era);
    }

    private record Placed(Finding finding, int element, int offset, int rule) {}

    private Optional<String> fix(ConstraintViolation<ReportSubject> v, FindingPayload p, String variant) {
        String template = "{" + Messages.key(p.ruleId(), variant) + "}";
        String text = interpolator.interpolate(template, new FixInterpolationContext(v, p.params()), locale);
        return text.equals(template) || text.isBlank() ? Optional.empty() : Optional.of(text);
    }

    /** Builds a {@link ReportValidator}; not thread-safe. */
    public static final class Builder {
        private Profile profile = Profile.national();
        private Locale locale = Locale.SIMPLIFIED_CHINESE;
        private boolean failFastByCategory;

        private Builder() {}

        /** Sets the profile (default {@link Profile#national()}). */
        public Builder profile(Profile value) {
            profile = Objects.requireNonNull(value, "profile");
            return this;
        }

        /** Sets the locale of messages (default {@code zh_CN}; {@code en} for English). */
        public Builder locale(Locale value) {
            locale = Objects.requireNonNull(value, "locale");
            return this;
        }

        /**
         * Whether to stop after the first category (structure, content, style) that has a finding of any
         * severity (default false: every category is checked and reported).
         */
        public Builder failFastByCategory(boolean value) {
            failFastByCategory = value;
            return this;
        }

        /**
         * Builds the validator: the constraints of the profile's rules, checked here; the Hibernate Validator
         * factory they make is built on the first report checked.
         */
        public ReportValidator build() {
            return new ReportValidator(this);
        }
    }
}
