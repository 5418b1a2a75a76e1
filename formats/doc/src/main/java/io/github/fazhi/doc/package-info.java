/**
 * The reader for reports saved as Word 97-2003 {@code .doc} and WPS Office {@code .wps}
 * ({@link io.github.fazhi.doc.DocReportReader}), registered with {@link io.github.fazhi.core.read.Readers}
 * for the {@code doc} and {@code wps} formats.
 */
package io.github.fazhi.doc;
