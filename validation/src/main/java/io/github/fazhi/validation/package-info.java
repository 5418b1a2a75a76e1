/**
 * Checks 法治政府建设年度报告 against the rules the 督察工作规定, the 2016 first-responsible-person rules
 * and GB/T 9704-2012 set, with Hibernate Validator as the engine.
 *
 * <p>Entry points: {@link io.github.fazhi.validation.ReportValidator} (build once, share, {@code validate}),
 * {@link io.github.fazhi.validation.Profile} (the national rules, or a local guideline that extends them),
 * {@link io.github.fazhi.validation.Rules} (the catalogue), {@link io.github.fazhi.validation.ValidationReport}
 * (findings in document order, SARIF 2.1.0 and JSON output) and {@link io.github.fazhi.validation.Sarif} for
 * many files in one run.
 *
 * <pre>{@code
 * ValidationReport result = ReportValidator.national().validate(report, "2024.txt");
 * result.errors().forEach(f -> System.out.println(f.ruleId() + " " + f.message()));
 * }</pre>
 */
package io.github.fazhi.validation;
