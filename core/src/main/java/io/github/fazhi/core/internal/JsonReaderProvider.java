package io.github.fazhi.core.internal;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.ReportJson;
import io.github.fazhi.core.read.ReadOptions;
import io.github.fazhi.core.read.ReaderProvider;
import io.github.fazhi.core.read.ReportReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Registers the reader of fazhi's JSON form with {@code Readers}; its errors are in the options' language. */
public final class JsonReaderProvider implements ReaderProvider {

    @Override
    public String formatId() {
        return "json";
    }

    @Override
    public ReportReader create(ReadOptions options) {
        return new ReportReader() {
            @Override
            public String formatId() {
                return "json";
            }

            @Override
            public AnnualReport read(byte[] content, String sourceName) {
                return ReportJson.read(content, sourceName, options.locale());
            }

            @Override
            public AnnualReport read(Path path) throws IOException {
                return ReportJson.read(Files.readAllBytes(path), path.toString(), options.locale());
            }
        };
    }
}
