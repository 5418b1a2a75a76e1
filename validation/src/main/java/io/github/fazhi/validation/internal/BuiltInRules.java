package io.github.fazhi.validation.internal;

import io.github.fazhi.validation.RuleCategory;
import io.github.fazhi.validation.Severity;
import java.lang.annotation.Annotation;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The catalogue of the library's rules: id, default severity, category and constraint, in listing order. */
public final class BuiltInRules {

    /**
     * One rule of the catalogue.
     *
     * @param id the stable id
     * @param severity the default severity
     * @param category the category (and so the group)
     * @param constraint the constraint annotation
     */
    public record Entry(String id, Severity severity, RuleCategory category, Class<? extends Annotation> constraint) {}

    private static final Severity E = Severity.ERROR;
    private static final Severity W = Severity.WARNING;
    private static final Severity I = Severity.INFO;
    private static final RuleCategory STRUCTURE = RuleCategory.STRUCTURE;
    private static final RuleCategory CONTENT = RuleCategory.CONTENT;
    private static final RuleCategory STYLE = RuleCategory.STYLE;

    /** Every rule, in the order {@code fazhi rules} lists them. */
    public static final List<Entry> ENTRIES = List.of(
            new Entry(PartMissingRule.ID, E, STRUCTURE, PartMissingRule.Check.class),
            new Entry(PartOrderRule.ID, W, STRUCTURE, PartOrderRule.Check.class),
            new Entry(PartEmptyRule.ID, E, STRUCTURE, PartEmptyRule.Check.class),
            new Entry(ShortcomingsCausesMissingRule.ID, W, CONTENT, ShortcomingsCausesMissingRule.Check.class),
            new Entry(OtherPartAbsentRule.ID, I, STRUCTURE, OtherPartAbsentRule.Check.class),
            new Entry(FrpDutyCoverageRule.ID, W, CONTENT, FrpDutyCoverageRule.Check.class),
            new Entry(FrpLeaderNotNamedRule.ID, W, CONTENT, FrpLeaderNotNamedRule.Check.class),
            new Entry(FrpShufaAbsentRule.ID, I, CONTENT, FrpShufaAbsentRule.Check.class),
            new Entry(YearMismatchRule.ID, E, CONTENT, YearMismatchRule.Check.class),
            new Entry(NotAnnualRule.ID, E, CONTENT, NotAnnualRule.Check.class),
            new Entry(TitleMissingRule.ID, E, STRUCTURE, TitleMissingRule.Check.class),
            new Entry(TitleTopicRule.ID, E, CONTENT, TitleTopicRule.Check.class),
            new Entry(TitleDoctypeRule.ID, W, STYLE, TitleDoctypeRule.Check.class),
            new Entry(TitleSummaryDoctypeRule.ID, W, STYLE, TitleSummaryDoctypeRule.Check.class),
            new Entry(TitleGuanyuPairingRule.ID, W, STYLE, TitleGuanyuPairingRule.Check.class),
            new Entry(NumberingGapRule.ID, E, STRUCTURE, NumberingGapRule.Check.class),
            new Entry(NumberingDuplicateRule.ID, E, STRUCTURE, NumberingDuplicateRule.Check.class),
            new Entry(NumberingLevelSkipRule.ID, W, STRUCTURE, NumberingLevelSkipRule.Check.class),
            new Entry(NumberingStyleRule.ID, W, STYLE, NumberingStyleRule.Check.class),
            new Entry(NumberingDepthRule.ID, W, STRUCTURE, NumberingDepthRule.Check.class),
            new Entry(EnumerationOrderRule.ID, W, STYLE, EnumerationOrderRule.Check.class),
            new Entry(PlaceholderRule.ID, E, CONTENT, PlaceholderRule.Check.class),
            new Entry(ClassifiedMarkingRule.ID, E, CONTENT, ClassifiedMarkingRule.Check.class),
            new Entry(RequestInReportRule.ID, W, CONTENT, RequestInReportRule.Check.class),
            new Entry(HalfwidthPunctuationRule.ID, I, STYLE, HalfwidthPunctuationRule.Check.class),
            new Entry(IssuerMissingRule.ID, E, STRUCTURE, IssuerMissingRule.Check.class),
            new Entry(SignoffMissingRule.ID, I, STRUCTURE, SignoffMissingRule.Check.class),
            new Entry(DateFormatRule.ID, W, STYLE, DateFormatRule.Check.class),
            new Entry(DateOutOfRangeRule.ID, W, CONTENT, DateOutOfRangeRule.Check.class),
            new Entry(PlanYearStaleRule.ID, E, CONTENT, PlanYearStaleRule.Check.class),
            new Entry(EncodingDamageRule.ID, W, CONTENT, EncodingDamageRule.Check.class),
            new Entry(DocumentNumberMalformedRule.ID, W, STYLE, DocumentNumberMalformedRule.Check.class),
            new Entry(YearRangeMalformedRule.ID, W, STYLE, YearRangeMalformedRule.Check.class),
            new Entry(PairedPunctuationRule.ID, W, STYLE, PairedPunctuationRule.Check.class),
            new Entry(ReportingVerbColloquialRule.ID, I, STYLE, ReportingVerbColloquialRule.Check.class),
            new Entry(PreambleYearMissingRule.ID, I, STYLE, PreambleYearMissingRule.Check.class),
            new Entry(FormulationNonstandardRule.ID, W, CONTENT, FormulationNonstandardRule.Check.class),
            new Entry(CitationAnachronismRule.ID, E, CONTENT, CitationAnachronismRule.Check.class));

    private static final Map<String, Entry> BY_ID =
            ENTRIES.stream().collect(Collectors.toUnmodifiableMap(Entry::id, Function.identity()));

    private BuiltInRules() {}

    /** The entry with {@code id}, if the library has such a rule. */
    public static Optional<Entry> byId(String id) {
        return Optional.ofNullable(BY_ID.get(id));
    }
}
