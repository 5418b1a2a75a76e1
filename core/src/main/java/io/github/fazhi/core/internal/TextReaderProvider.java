package io.github.fazhi.core.internal;

import io.github.fazhi.core.PlainTextReader;
import io.github.fazhi.core.read.ReadOptions;
import io.github.fazhi.core.read.ReaderProvider;
import io.github.fazhi.core.read.ReportReader;

/** Registers the plain-text reader with {@code Readers}. */
public final class TextReaderProvider implements ReaderProvider {

    @Override
    public String formatId() {
        return "text";
    }

    @Override
    public ReportReader create(ReadOptions options) {
        return PlainTextReader.builder()
                .locale(options.locale())
                .maxInputSize((int) Math.min(Integer.MAX_VALUE, options.maxInputBytes()))
                .build();
    }
}
