package io.github.fazhi.pdf;

import io.github.fazhi.core.read.DocumentFormat;
import io.github.fazhi.core.read.ReadOptions;
import io.github.fazhi.core.read.ReaderProvider;
import io.github.fazhi.core.read.ReportReader;

/** Registers {@link PdfReportReader} with {@link io.github.fazhi.core.read.Readers} for the {@code pdf} format. */
public final class PdfReaderProvider implements ReaderProvider {

    @Override
    public String formatId() {
        return DocumentFormat.PDF.id();
    }

    @Override
    public ReportReader create(ReadOptions options) {
        return PdfReportReader.builder()
                .locale(options.locale())
                .maxFileBytes(options.maxInputBytes())
                .build();
    }
}
