package io.github.fazhi.docx;

import io.github.fazhi.core.read.ReadOptions;
import io.github.fazhi.core.read.ReaderProvider;
import io.github.fazhi.core.read.ReportReader;

/** Registers {@link DocxReportReader} with {@link io.github.fazhi.core.read.Readers} for the {@code docx} format. */
public final class DocxReaderProvider implements ReaderProvider {

    @Override
    public String formatId() {
        return "docx";
    }

    @Override
    public ReportReader create(ReadOptions options) {
        return DocxReportReader.builder()
                .locale(options.locale())
                .maxFileBytes(options.maxInputBytes())
                .build();
    }
}
