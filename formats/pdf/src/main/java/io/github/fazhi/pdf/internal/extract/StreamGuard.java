package io.github.fazhi.pdf.internal.extract;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.filter.Filter;
import org.apache.pdfbox.filter.FilterFactory;

/**
 * Bounds what a PDF's data streams inflate to before PDFBox decodes any of them: PDFBox decodes a stream
 * whole into memory, so one small stream that inflates to gigabytes (a decompression bomb) would take them
 * all. Each stream's worst case is its raw length times its filters' largest expansion (Flate about 1,032
 * times, LZW 4,096, run-length 128, the others none); a stream whose worst case fits, while the worst cases
 * so far fit the total, is not decoded here at all, which is nearly every stream of a real report. The
 * others are decoded here once, filter by filter into a sink that stops at the per-stream limit, keeping
 * only an intermediate result (never the last filter's output). Image codecs (DCT, JPX, CCITT, JBIG2) are
 * skipped: text extraction never decodes images.
 */
final class StreamGuard {

    private static final Set<COSName> IMAGE_CODECS = Set.of(
            COSName.DCT_DECODE,
            COSName.DCT_DECODE_ABBREVIATION,
            COSName.JPX_DECODE,
            COSName.CCITTFAX_DECODE,
            COSName.CCITTFAX_DECODE_ABBREVIATION,
            COSName.JBIG2_DECODE);

    private final PdfLimits limits;
    private final PdfMessages messages;
    private final Budget budget;
    private long total;

    StreamGuard(PdfLimits limits, PdfMessages messages, Budget budget) {
        this.limits = limits;
        this.messages = messages;
        this.budget = budget;
    }

    /** Checks every stream stored directly in the file (object streams included). */
    void check(COSDocument document) throws IOException {
        List<Map.Entry<COSObjectKey, Long>> entries =
                new ArrayList<>(document.getXrefTable().entrySet());
        for (Map.Entry<COSObjectKey, Long> e : entries) {
            budget.checkTime();
            Long offset = e.getValue();
            if (offset == null || offset <= 0) {
                continue; // free, or inside an object stream (which cannot hold streams)
            }
            COSObject object = document.getObjectFromPool(e.getKey());
            COSBase base = object == null ? null : object.getObject();
            if (base instanceof COSStream stream) {
                check(stream, e.getKey().getNumber());
            }
        }
    }

    private void check(COSStream stream, long number) throws IOException {
        List<COSName> filters = filters(stream);
        if (filters.isEmpty() || filters.stream().anyMatch(IMAGE_CODECS::contains)) {
            return;
        }
        long raw = Math.max(0, stream.getLength());
        double worst = raw;
        for (COSName f : filters) {
            worst *= expansion(f);
        }
        if (worst <= limits.maxStreamBytes() && total + worst <= limits.maxDecodedBytes()) {
            total += (long) worst;
            return;
        }
        byte[] current;
        try (InputStream in = stream.createRawInputStream()) {
            current = in.readAllBytes();
        }
        long decoded = 0;
        for (int i = 0; i < filters.size(); i++) {
            Filter filter = FilterFactory.INSTANCE.getFilter(filters.get(i));
            boolean last = i == filters.size() - 1;
            Sink sink = new Sink(limits.maxStreamBytes(), !last, number);
            try {
                filter.decode(new ByteArrayInputStream(current), sink, stream, i);
            } catch (LimitExceeded ex) {
                throw ex;
            } catch (IOException | RuntimeException ex) {
                // a broken stream: PDFBox will say so, or skip it, when it reads it
                return;
            }
            decoded = sink.count;
            current = last ? null : sink.bytes();
        }
        total += decoded;
        if (total > limits.maxDecodedBytes()) {
            throw new LimitExceeded(messages.get(PdfMessages.Key.DECODED_TOTAL, limits.maxDecodedBytes()));
        }
    }

    private static List<COSName> filters(COSStream stream) {
        COSBase f = stream.getFilters();
        List<COSName> names = new ArrayList<>();
        if (f instanceof COSName n) {
            names.add(n);
        } else if (f instanceof COSArray a) {
            for (int i = 0; i < a.size(); i++) {
                if (a.getObject(i) instanceof COSName n) {
                    names.add(n);
                }
            }
        }
        return names;
    }

    private static double expansion(COSName filter) {
        if (COSName.FLATE_DECODE.equals(filter) || COSName.FLATE_DECODE_ABBREVIATION.equals(filter)) {
            return 1_032;
        }
        if (COSName.LZW_DECODE.equals(filter) || COSName.LZW_DECODE_ABBREVIATION.equals(filter)) {
            return 4_096;
        }
        if (COSName.RUN_LENGTH_DECODE.equals(filter) || COSName.RUN_LENGTH_DECODE_ABBREVIATION.equals(filter)) {
            return 128;
        }
        return 1; // ASCIIHex, ASCII85, Crypt: never larger than their input
    }

    /** Counts what a filter writes, keeps it when asked, and stops it at the limit. */
    private final class Sink extends OutputStream {
        private final long limit;
        private final long number;
        private final ByteArrayOutputStream kept;
        private long count;

        Sink(long limit, boolean keep, long number) {
            this.limit = limit;
            this.number = number;
            this.kept = keep ? new ByteArrayOutputStream() : null;
        }

        @Override
        public void write(int b) {
            grow(1);
            if (kept != null) {
                kept.write(b);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) {
            grow(len);
            if (kept != null) {
                kept.write(b, off, len);
            }
        }

        private void grow(int n) {
            count += n;
            if (count > limit) {
                throw new LimitExceeded(messages.get(PdfMessages.Key.STREAM_BOMB, number, limit));
            }
        }

        byte[] bytes() {
            return kept.toByteArray();
        }
    }
}
