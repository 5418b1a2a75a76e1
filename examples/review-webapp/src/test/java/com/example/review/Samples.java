package com.example.review;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.read.ReadOptions;
import io.github.fazhi.core.read.Readers;
import io.github.fazhi.render.Renderers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The sample reports the tests upload: {@code samples/qinghe-yjglj-2025.txt}, a fictional office's report
 * with a defect of each severity, and the same report as DOCX (written by fazhi's DOCX renderer).
 */
final class Samples {

    static final Path TEXT = Path.of("samples/qinghe-yjglj-2025.txt");
    static final String TEXT_NAME = "qinghe-yjglj-2025.txt";

    /** The findings of the sample, in document order: rule ids and their places in the page. */
    static final String[][] FINDINGS = {
        {"part-missing", "error", ""},
        {"numbering-gap", "error", "r-s1.s2-h"},
        {"placeholder", "error", "r-s1.s2.p1"},
        {"halfwidth-punctuation", "info", "r-s1.s3.p1"},
        {"enumeration-order", "warning", "r-s2.p1"},
    };

    /** Where the sample's finding of {@code ruleId} stands in {@link #FINDINGS}. */
    static int indexOf(String ruleId) {
        for (int i = 0; i < FINDINGS.length; i++) {
            if (FINDINGS[i][0].equals(ruleId)) {
                return i;
            }
        }
        throw new IllegalArgumentException(ruleId);
    }

    private Samples() {}

    static byte[] text() {
        try {
            return Files.readAllBytes(TEXT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static AnnualReport report() {
        return Readers.read(text(), TEXT_NAME, ReadOptions.defaults());
    }

    /** The sample as DOCX. */
    static byte[] docx() {
        return Renderers.forFormat("docx").renderToBytes(report());
    }

    /** {@code content} written to {@code target/uploads/name}, for a browser to upload. */
    static Path file(String name, byte[] content) {
        try {
            Path dir = Files.createDirectories(Path.of("target", "uploads"));
            return Files.write(dir.resolve(name), content).toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bytes of a PNG image (a "scan"), which has no text to read. */
    static byte[] png() {
        return new byte[] {
            (byte) 0x89,
            'P',
            'N',
            'G',
            '\r',
            '\n',
            0x1a,
            '\n',
            0,
            0,
            0,
            13,
            'I',
            'H',
            'D',
            'R',
            0,
            0,
            0,
            1,
            0,
            0,
            0,
            1,
            8,
            2,
            0,
            0,
            0
        };
    }
}
