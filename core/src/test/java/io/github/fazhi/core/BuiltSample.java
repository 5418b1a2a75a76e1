package io.github.fazhi.core;

import java.time.LocalDate;

/** A report of a fictional office built with every part, for the JSON tests. */
final class BuiltSample {

    private BuiltSample() {}

    /** The report: issuer, year, subject, recipients, preamble, the five parts with run-in sub-sections, sign-off. */
    static AnnualReport report() {
        return AnnualReport.builder()
                .issuer("清河市清河区司法局")
                .reportingYear(2025)
                .subject(SubjectType.GOVERNMENT_DEPARTMENT, AdministrativeLevel.COUNTY)
                .mainRecipients("区委", "区政府")
                .preamble("2025年，区司法局依法履职。现将有关情况报告如下：")
                .measuresAndResults(p -> p.runIn("坚持思想引领", "局党组带头学法。").runIn("严格规范执法", "全年办案120件。"))
                .shortcomingsAndCauses(p -> p.paragraph("执法队伍专业化水平仍需提高，原因在于培训不足。"))
                .firstResponsiblePerson(p -> p.paragraph("主要负责同志履行第一责任人职责。"))
                .nextYearPlan(p -> p.subsection("深化普法", s -> s.paragraph("开展普法活动。")))
                .signOff(LocalDate.of(2026, 1, 23))
                .build();
    }
}
