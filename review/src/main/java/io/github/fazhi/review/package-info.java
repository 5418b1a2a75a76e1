/**
 * Reviewing a jurisdiction's reports at once, as the 依法治办 of a county does each spring: the list of
 * units that must report ({@link io.github.fazhi.review.UnitList}), an {@link io.github.fazhi.review.Auditor}
 * that reads, checks and matches every file to its unit by the issuer it names, and the roll-up
 * ({@link io.github.fazhi.review.Audit}) with its outputs: {@link io.github.fazhi.review.AuditJson},
 * {@link io.github.fazhi.review.AuditHtml}, {@link io.github.fazhi.review.AuditXlsx} and
 * {@link io.github.fazhi.review.AuditSarif}.
 *
 * <pre>{@code
 * Audit audit = Auditor.builder()
 *         .units(UnitList.read(Path.of("units.csv")))
 *         .year(2025)
 *         .reportPages(Path.of("out"))
 *         .build()
 *         .audit(List.of(Path.of("reports")));
 * audit.writeTo(Path.of("out"));
 * }</pre>
 *
 * <p>Every type is immutable and null-free; the auditor is thread-safe. Nothing here logs or prints.
 */
package io.github.fazhi.review;
