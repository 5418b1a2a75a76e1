package io.github.fazhi.core;

/**
 * The standard headings of the mandated parts for a reporting year, worded as the 督察工作规定 lists
 * the items.
 *
 * <pre>{@code
 * StandardHeadings.of(SectionKind.MEASURES_AND_RESULTS, 2024); // "2024年推进法治政府建设的主要举措和成效"
 * StandardHeadings.of(SectionKind.NEXT_YEAR_PLAN, 2024);       // "2025年推进法治政府建设的主要安排"
 * StandardHeadings.title("清河区司法局", 2024);                  // "清河区司法局2024年法治政府建设年度报告"
 * }</pre>
 */
public final class StandardHeadings {

    private StandardHeadings() {}

    /**
     * The standard heading of mandated part {@code kind} in a report on {@code reportingYear}.
     *
     * @throws IllegalArgumentException for {@link SectionKind#THEMATIC}, which has no standard heading
     */
    public static String of(SectionKind kind, int reportingYear) {
        return switch (kind) {
            case MEASURES_AND_RESULTS -> reportingYear + "年推进法治政府建设的主要举措和成效";
            case SHORTCOMINGS_AND_CAUSES -> reportingYear + "年推进法治政府建设存在的不足和原因";
            case FIRST_RESPONSIBLE_PERSON -> reportingYear + "年党政主要负责人履行推进法治建设第一责任人职责情况";
            case NEXT_YEAR_PLAN -> (reportingYear + 1) + "年推进法治政府建设的主要安排";
            case OTHER -> "其他需要报告的情况";
            case THEMATIC -> throw new IllegalArgumentException("a thematic section has no standard heading");
        };
    }

    /** The title the provincial guidelines prescribe: {@code {issuer}{Y}年法治政府建设年度报告}. */
    public static String title(String issuer, int reportingYear) {
        return issuer + reportingYear + "年法治政府建设年度报告";
    }
}
