package io.github.fazhi.html;

import io.github.fazhi.core.read.DocumentFormat;
import io.github.fazhi.core.read.ReadOptions;
import io.github.fazhi.core.read.ReaderProvider;
import io.github.fazhi.core.read.ReportReader;

/** Registers {@link HtmlReportReader} with {@link io.github.fazhi.core.read.Readers} for the {@code html} format. */
public final class HtmlReaderProvider implements ReaderProvider {

    @Override
    public String formatId() {
        return DocumentFormat.HTML.id();
    }

    @Override
    public ReportReader create(ReadOptions options) {
        return HtmlReportReader.builder()
                .locale(options.locale())
                .maxFileBytes(options.maxInputBytes())
                .build();
    }
}
