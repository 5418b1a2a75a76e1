package io.github.fazhi.pdf.internal.extract;

import io.github.fazhi.core.ReportReadException;
import io.github.fazhi.core.read.DocumentInfo;
import io.github.fazhi.core.read.FixedLayout;
import io.github.fazhi.core.read.SourceDocument;
import io.github.fazhi.core.read.SourceLine;
import io.github.fazhi.core.read.SourceText;
import java.io.IOException;
import java.io.Writer;
import java.time.ZoneId;
import java.util.Calendar;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Turns a PDF into source lines: loads it with PDFBox within bounds ({@link PdfLimits}: size, pages, what
 * its streams inflate to, operations, characters, time), refuses a PDF that has no text to read (a scan)
 * or whose text would come out as garbage (CJK fonts without a ToUnicode map), collects its lines in
 * reading order ({@link LineCollector}) and reads its layout ({@link FixedLayout}). No OCR.
 */
public final class PdfExtractor {

    private final String source;
    private final PdfLimits limits;
    private final PdfMessages messages;

    private PdfExtractor(String source, PdfLimits limits, PdfMessages messages) {
        this.source = source;
        this.limits = limits;
        this.messages = messages;
    }

    /**
     * The lines and declared properties of the PDF in {@code content}.
     *
     * @throws ReportReadException when it is encrypted, damaged, hostile, a scan, or has garbled text
     */
    public static SourceDocument extract(byte[] content, String source, PdfLimits limits, PdfMessages messages) {
        return new PdfExtractor(source, limits, messages).run(content);
    }

    private SourceDocument run(byte[] content) {
        if (content.length > limits.maxFileBytes()) {
            throw fail(messages.get(PdfMessages.Key.TOO_LARGE, limits.maxFileBytes()), null);
        }
        Budget budget = new Budget(limits, messages);
        try (PDDocument doc = Loader.loadPDF(
                content, "", null, null, MemoryUsageSetting.setupMainMemoryOnly(limits.maxStreamBytes()).streamCache)) {
            int pages = doc.getNumberOfPages();
            if (pages > limits.maxPages()) {
                throw fail(messages.get(PdfMessages.Key.TOO_MANY_PAGES, pages, limits.maxPages()), null);
            }
            new StreamGuard(limits, messages, budget).check(doc.getDocument());
            LineCollector collector = new LineCollector(budget);
            collector.setStartPage(1);
            collector.setEndPage(Math.min(pages, limits.maxPages()));
            collector.writeText(doc, Writer.nullWriter());
            TextQuality.Counts counts =
                    TextQuality.count(collector.lines(), collector.glyphs(), collector.unmappedGlyphs());
            switch (TextQuality.judge(counts, pages)) {
                case NO_TEXT -> throw fail(messages.get(PdfMessages.Key.NO_TEXT, pages, counts.chars()), null);
                case NO_UNICODE ->
                    throw fail(messages.get(PdfMessages.Key.NO_UNICODE, counts.unmapped(), counts.glyphs()), null);
                case GARBAGE -> throw fail(messages.get(PdfMessages.Key.GARBAGE, counts.bad(), counts.chars()), null);
                case READABLE -> {
                    // read on
                }
            }
            List<SourceLine> lines = FixedLayout.read(collector.lines());
            if (lines.isEmpty()) {
                throw fail(messages.get(PdfMessages.Key.NO_TEXT, pages, counts.chars()), null);
            }
            return new SourceDocument(source, "pdf", lines, info(doc));
        } catch (InvalidPasswordException e) {
            throw fail(messages.get(PdfMessages.Key.ENCRYPTED), e);
        } catch (LimitExceeded e) {
            throw fail(e.problem(), null);
        } catch (StackOverflowError e) {
            throw fail(messages.get(PdfMessages.Key.TOO_DEEP), null);
        } catch (ReportReadException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            LimitExceeded limit = limitIn(e);
            if (limit != null) {
                throw fail(limit.problem(), null);
            }
            throw fail(messages.get(PdfMessages.Key.DAMAGED, detail(e)), e);
        }
    }

    /** A limit hit inside PDFBox may come back wrapped in an exception of its own. */
    private static LimitExceeded limitIn(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof LimitExceeded l) {
                return l;
            }
        }
        return null;
    }

    private static String detail(Throwable e) {
        String d = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return d.length() > 200 ? d.substring(0, 200) + "…" : d;
    }

    private static DocumentInfo info(PDDocument doc) {
        DocumentInfo.Builder info = DocumentInfo.builder();
        try {
            PDDocumentInformation i = doc.getDocumentInformation();
            if (i.getTitle() != null) {
                info.title(SourceText.normalise(i.getTitle()));
            }
            if (i.getAuthor() != null) {
                info.author(SourceText.normalise(i.getAuthor()));
            }
            Calendar created = i.getCreationDate();
            if (created != null) {
                info.created(created.toInstant().atZone(zone(created)).toLocalDate());
            }
        } catch (RuntimeException e) {
            // a damaged information dictionary: the text still reads
        }
        return info.build();
    }

    private static ZoneId zone(Calendar c) {
        return c.getTimeZone() == null
                ? ZoneId.of("Asia/Shanghai")
                : c.getTimeZone().toZoneId();
    }

    private ReportReadException fail(String problem, Throwable cause) {
        return ReportReadException.of(source, "", problem, cause);
    }
}
