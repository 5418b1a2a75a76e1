package io.github.fazhi.cli.internal;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.ReportReadException;
import java.nio.file.Path;

/** Reads DOCX inputs (wired to fazhi-render-docx when that module is present). */
final class DocxInput {

    private DocxInput() {}

    static AnnualReport read(Path file) {
        throw ReportReadException.of(file.toString(), "", "DOCX input is not supported by this build", null);
    }
}
