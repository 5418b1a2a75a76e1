package io.github.fazhi.docx;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.ReportMetadata;
import io.github.fazhi.docx.internal.XmlText;
import io.github.fazhi.render.layout.LayoutProfile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * A DOCX written without building it in POI, for renderers without app node renderers. Every part but two depends
 * on the layout alone (content types, relationships, styles, font table, settings, the footers with the page
 * numbers, the section properties at the end of the body), so it is taken once, as POI writes it, from
 * {@link DocxRendering#write} of a report with nothing in it; each rendering then streams the body paragraphs
 * ({@link XmlParagraphs}, the same built-in node renderers) between the document's head and its section
 * properties, and writes the core properties (title, creator, time of creation). Immutable, thread-safe.
 */
final class PreparedParts {

    static final String DOCUMENT = "word/document.xml";
    static final String CORE = "docProps/core.xml";

    /** A report with nothing in it: its DOCX has no paragraph and no title. */
    private static final AnnualReport EMPTY = new AnnualReport(
            ReportMetadata.builder().build(),
            List.of(),
            Optional.empty(),
            List.of(),
            List.of(),
            Optional.empty(),
            List.of());

    private static final String BODY = "<w:body>";

    private record Part(String name, byte[] bytes) {}

    private final LayoutProfile layout;
    private final List<Part> parts;
    private final byte[] documentHead;
    private final byte[] documentTail;

    private PreparedParts(LayoutProfile layout, List<Part> parts, byte[] documentHead, byte[] documentTail) {
        this.layout = layout;
        this.parts = List.copyOf(parts);
        this.documentHead = documentHead;
        this.documentTail = documentTail;
    }

    /** The parts of {@code layout}'s documents, as POI writes them. */
    static PreparedParts of(LayoutProfile layout) {
        ByteArrayOutputStream docx = new ByteArrayOutputStream(32 * 1024);
        List<Part> parts = new ArrayList<>();
        try {
            DocxRendering.write(EMPTY, layout, List.of(), docx);
            try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx.toByteArray()))) {
                for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                    parts.add(new Part(e.getName(), zip.readAllBytes()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] document = parts.stream()
                .filter(p -> p.name().equals(DOCUMENT))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("POI wrote no " + DOCUMENT))
                .bytes();
        String text = new String(document, StandardCharsets.UTF_8);
        int body = text.indexOf(BODY);
        if (body < 0 || !text.startsWith("<w:sectPr", body + BODY.length())) {
            throw new IllegalStateException("the empty document's body is not its section properties alone: " + text);
        }
        int split = body + BODY.length();
        return new PreparedParts(
                layout,
                parts,
                text.substring(0, split).getBytes(StandardCharsets.UTF_8),
                text.substring(split).getBytes(StandardCharsets.UTF_8));
    }

    /** Writes {@code report} as a DOCX to {@code out}, which is flushed and stays open. */
    void write(AnnualReport report, OutputStream out) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(new KeptOpen(out), StandardCharsets.UTF_8)) {
            for (Part part : parts) {
                zip.putNextEntry(new ZipEntry(part.name()));
                switch (part.name()) {
                    case DOCUMENT -> {
                        zip.write(documentHead);
                        Writer body = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
                        DocxRendering.writeBody(report, layout, new XmlParagraphs(body, layout));
                        zip.write(documentTail);
                    }
                    case CORE -> zip.write(core(report, Instant.now()).getBytes(StandardCharsets.UTF_8));
                    default -> zip.write(part.bytes());
                }
                zip.closeEntry();
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        out.flush();
    }

    /**
     * The core properties as POI writes them for {@link DocxRendering}'s frame: created now (to the second), the
     * creator (the lead issuer, or fazhi) and the title.
     */
    static String core(AnnualReport report, Instant created) {
        StringBuilder s = new StringBuilder(1024)
                .append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>")
                .append("<cp:coreProperties")
                .append(" xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\"")
                .append(" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\"")
                .append(" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">")
                .append("<dcterms:created xsi:type=\"dcterms:W3CDTF\">")
                .append(DateTimeFormatter.ISO_INSTANT.format(created.truncatedTo(ChronoUnit.SECONDS)))
                .append("</dcterms:created>");
        element(s, "dc:creator", report.issuer().map(XmlText::clean).orElse("fazhi"));
        report.title().ifPresent(t -> element(s, "dc:title", XmlText.clean(t.text())));
        return s.append("</cp:coreProperties>").toString();
    }

    /** POI leaves an empty property out. */
    private static void element(StringBuilder s, String name, String text) {
        if (!text.isEmpty()) {
            s.append('<').append(name).append('>');
            XmlText.appendSerialized(s, text);
            s.append("</").append(name).append('>');
        }
    }

    /** The caller's stream, which closing the package leaves open. */
    private static final class KeptOpen extends FilterOutputStream {
        KeptOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }
}
