package io.github.fazhi.doc;

import io.github.fazhi.core.read.DocumentFormat;
import io.github.fazhi.core.read.ReadOptions;
import io.github.fazhi.core.read.ReaderProvider;
import io.github.fazhi.core.read.ReportReader;
import java.util.Set;

/**
 * Registers {@link DocReportReader} with {@link io.github.fazhi.core.read.Readers} for the {@code doc} and
 * {@code wps} formats (Word 97-2003 binary documents, as Word, WPS Office and LibreOffice write them).
 */
public final class DocReaderProvider implements ReaderProvider {

    @Override
    public String formatId() {
        return DocumentFormat.DOC.id();
    }

    @Override
    public Set<String> formatIds() {
        return Set.of(DocumentFormat.DOC.id(), DocumentFormat.WPS.id());
    }

    @Override
    public ReportReader create(ReadOptions options) {
        return DocReportReader.builder()
                .locale(options.locale())
                .maxFileBytes(options.maxInputBytes())
                .build();
    }
}
