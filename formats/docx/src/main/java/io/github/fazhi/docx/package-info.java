/**
 * DOCX for 法治政府建设年度报告: {@link io.github.fazhi.docx.DocxRenderer} writes a report in the
 * GB/T 9704-2012 layout that {@link io.github.fazhi.render.layout.LayoutProfile} describes (format id
 * {@code docx}, also found through {@code Renderers.forFormat("docx")}), and
 * {@link io.github.fazhi.docx.DocxReportReader} reads a submitted {@code .docx} into the same model the
 * plain-text reader gives.
 *
 * <pre>{@code
 * byte[] docx = DocxRenderer.standard().renderToBytes(report);           // submission version
 * AnnualReport back = DocxReportReader.standard().read(docx, "报告.docx"); // spans are paragraph indexes
 * }</pre>
 *
 * <p>The library logs nothing of its own and ships no logging provider. Apache POI logs through the Log4j
 * API; without a provider on the class path (the CLI brings one) the API prints a one-time notice
 * ({@code Log4j API could not find a logging provider}) unless the host sets
 * {@code log4j2.statusLoggerLevel=OFF}, and would print POI's own error-level messages to standard error. The
 * reader keeps POI from having anything to say about hostile XML: it refuses DTDs before POI parses a part
 * and parses the parts it reads itself with a silent error handler.
 */
package io.github.fazhi.docx;
