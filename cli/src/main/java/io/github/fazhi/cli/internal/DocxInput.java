package io.github.fazhi.cli.internal;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.render.docx.DocxReportReader;
import java.io.IOException;
import java.nio.file.Path;

/** Reads DOCX inputs with fazhi-render-docx's reader. */
final class DocxInput {

    private DocxInput() {}

    static AnnualReport read(Path file) throws IOException {
        return DocxReportReader.standard().read(file);
    }
}
