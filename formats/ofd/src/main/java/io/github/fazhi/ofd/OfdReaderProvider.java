package io.github.fazhi.ofd;

import io.github.fazhi.core.read.DocumentFormat;
import io.github.fazhi.core.read.ReadOptions;
import io.github.fazhi.core.read.ReaderProvider;
import io.github.fazhi.core.read.ReportReader;

/** Registers {@link OfdReportReader} with {@link io.github.fazhi.core.read.Readers} for the {@code ofd} format. */
public final class OfdReaderProvider implements ReaderProvider {

    @Override
    public String formatId() {
        return DocumentFormat.OFD.id();
    }

    @Override
    public ReportReader create(ReadOptions options) {
        return OfdReportReader.builder()
                .locale(options.locale())
                .maxFileBytes(options.maxInputBytes())
                .build();
    }
}
