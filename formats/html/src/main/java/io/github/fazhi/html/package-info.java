/**
 * The reader for reports published as government portal pages ({@link io.github.fazhi.html.HtmlReportReader}),
 * registered with {@link io.github.fazhi.core.read.Readers} for the {@code html} format.
 */
package io.github.fazhi.html;
