/** Internals of the PDF reader: the bounded PDFBox extractor, page layout, text quality and messages. Not API. */
package io.github.fazhi.pdf.internal.extract;
