package io.github.fazhi.docx.internal;

import io.github.fazhi.core.ReportReadException;
import io.github.fazhi.core.read.DocumentInfo;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilder;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageProperties;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.openxml4j.util.ZipEntrySource;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.util.XMLHelper;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/**
 * Opens a DOCX safely and extracts its lines.
 *
 * <p>Hostile input is stopped before Apache POI sees it: the bytes must start with a ZIP signature (other
 * formats are named: a renamed text file, a Word 97-2003 {@code .doc}, an encrypted document, PDF, RTF …),
 * and every entry of the archive is inflated once, counting, against {@link ReadLimits}: number of entries,
 * bytes per entry, bytes in all, and the compression ratio. The limits are this reader's own; POI's global
 * {@code ZipSecureFile} settings are left as the host application set them (they are JVM-wide statics, and a
 * library must not change them under its host), so POI's own checks stay a second line of defence. Every XML
 * part is then parsed with POI's hardened {@code XMLHelper} document builder, which refuses DTDs, so entity expansion
 * ("billion laughs") and external entities (XXE) fail as malformed XML.
 */
public final class DocxPackageReader {

    private static final String DOC_MAIN =
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    private static final List<String> WORD_MAIN = List.of(
            DOC_MAIN,
            "application/vnd.ms-word.document.macroEnabled.main+xml",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
            "application/vnd.ms-word.template.macroEnabledTemplate.main+xml");

    /** How much of an XML entry's start is searched for a DOCTYPE. */
    private static final int PROLOG_BYTES = 64 * 1024;

    private final String source;
    private final ReadLimits limits;
    private final Messages messages;

    public DocxPackageReader(String source, ReadLimits limits, Locale locale) {
        this.source = source;
        this.limits = limits;
        this.messages = new Messages(locale);
    }

    /** Reads all of {@code in} up to the file limit. */
    public byte[] readAll(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, limits.maxFileBytes() + 1));
        if (bytes.length > limits.maxFileBytes()) {
            throw fail("", messages.tooLarge(limits.maxFileBytes()), null);
        }
        return bytes;
    }

    /**
     * What a DOCX holds for a reader: the body's lines (paragraph {@code i} is element {@code i - 1}, notes
     * after them), the lines of its page headers and footers (each distinct part once), and what its core
     * properties declare.
     *
     * @param body the body's lines and the notes
     * @param headers the page headers' lines
     * @param footers the page footers' lines
     * @param info the declared title, creator and creation date
     */
    public record Extracted(List<DocxLine> body, List<DocxLine> headers, List<DocxLine> footers, DocumentInfo info) {}

    /** The lines of the DOCX in {@code bytes}. */
    public List<DocxLine> lines(byte[] bytes) {
        return read(bytes).body();
    }

    /** Everything a reader takes from the DOCX in {@code bytes}. */
    public Extracted read(byte[] bytes) {
        if (bytes.length > limits.maxFileBytes()) {
            throw fail("", messages.tooLarge(limits.maxFileBytes()), null);
        }
        checkFormat(bytes);
        InflatedZip zip = scanZip(bytes);
        // the entries inflated once, within our limits, go to POI as they are: its own JVM-wide ratio check
        // (which refuses fazhi's own DOCX of a long, repetitive report) never runs on bytes we have bounded
        try (OPCPackage pkg = OPCPackage.open(zip)) {
            return extract(pkg);
        } catch (ReportReadException e) {
            throw e;
        } catch (org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException e) {
            throw fail("", messages.notDocx(messages.looksLike("zip")), e);
        } catch (Exception | StackOverflowError e) {
            if (String.valueOf(e.getMessage()).contains("Zip bomb")) {
                // POI's own (JVM-wide) limits are stricter than ours here: report it in our words
                throw fail("", messages.inflateRatio(limits.minInflateRatio()), e);
            }
            throw fail("", messages.unreadable(String.valueOf(e.getMessage())), e);
        }
    }

    private void checkFormat(byte[] bytes) {
        if (bytes.length == 0) {
            throw fail("", messages.notDocx(messages.looksLike("empty")), null);
        }
        FileMagic magic;
        try {
            magic = FileMagic.valueOf(bytes.length >= 8 ? bytes : java.util.Arrays.copyOf(bytes, 8));
        } catch (RuntimeException e) {
            magic = FileMagic.UNKNOWN;
        }
        switch (magic) {
            case OOXML -> {}
            case OLE2 -> throw ole2(bytes);
            case PDF -> throw fail("", messages.notDocx(messages.looksLike("pdf")), null);
            case RTF -> throw fail("", messages.notDocx(messages.looksLike("rtf")), null);
            case HTML -> throw fail("", messages.notDocx(messages.looksLike("html")), null);
            case XML -> throw fail("", messages.notDocx(messages.looksLike("xml")), null);
            default -> throw fail("", messages.notDocx(messages.looksLike(looksLikeText(bytes) ? "text" : "")), null);
        }
    }

    private static boolean looksLikeText(byte[] bytes) {
        // the start of the file, cut back so that no character is split at the cut
        int n = bytes.length <= 4096 ? bytes.length : 4093;
        for (java.nio.charset.Charset cs :
                List.of(StandardCharsets.UTF_8, java.nio.charset.Charset.forName("GB18030"))) {
            try {
                String s = cs.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(java.nio.ByteBuffer.wrap(bytes, 0, n))
                        .toString();
                return s.chars().noneMatch(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t');
            } catch (CharacterCodingException e) {
                // not this charset, or a character cut at the end: try the next one
            }
        }
        return false;
    }

    private ReportReadException ole2(byte[] bytes) {
        String kind = "ole2";
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntry("EncryptedPackage") || root.hasEntry("EncryptionInfo")) {
                return fail("", messages.encrypted(), null);
            }
            if (root.hasEntry("WordDocument")) {
                kind = "doc";
            }
        } catch (Exception e) {
            // a damaged compound file: say what it looks like all the same
        }
        return fail("", messages.notDocx(messages.looksLike(kind)), null);
    }

    /**
     * Inflates every entry once, counting, so that bombs fail fast: the number of entries, each entry's and
     * all entries' inflated size are bounded, and an entry's compression ratio is checked only once it has
     * inflated past {@link ReadLimits#ratioCheckAfterBytes()}, where its size would otherwise run away (a
     * long report of repetitive text compresses a thousandfold and stays far below that).
     */
    private InflatedZip scanZip(byte[] bytes) {
        CountingStream counted = new CountingStream(new ByteArrayInputStream(bytes));
        byte[] buffer = new byte[16 * 1024];
        long total = 0;
        int entries = 0;
        boolean contentTypes = false;
        InflatedZip zip = new InflatedZip();
        try (ZipInputStream zin = new ZipInputStream(counted)) {
            ZipEntry entry;
            while ((entry = zin.getNextEntry()) != null) {
                if (++entries > limits.maxEntries()) {
                    throw fail(entry.getName(), messages.tooManyEntries(limits.maxEntries()), null);
                }
                contentTypes |= entry.getName().equals("[Content_Types].xml");
                long compressedStart = counted.count;
                long size = 0;
                boolean xml =
                        entry.getName().endsWith(".xml") || entry.getName().endsWith(".rels");
                ByteArrayOutputStream content = new ByteArrayOutputStream();
                int n;
                while ((n = zin.read(buffer)) > 0) {
                    content.write(buffer, 0, n);
                    size += n;
                    total += n;
                    if (size > limits.maxEntryBytes()) {
                        throw fail(entry.getName(), messages.entryTooLarge(limits.maxEntryBytes()), null);
                    }
                    if (total > limits.maxTotalBytes()) {
                        throw fail(entry.getName(), messages.totalTooLarge(limits.maxTotalBytes()), null);
                    }
                    if (size > limits.ratioCheckAfterBytes()) {
                        double ratio = (double) (counted.count - compressedStart) / size;
                        if (ratio < limits.minInflateRatio()) {
                            throw fail(entry.getName(), messages.inflateRatio(limits.minInflateRatio()), null);
                        }
                    }
                }
                byte[] inflated = content.toByteArray();
                if (xml
                        && new String(inflated, 0, Math.min(inflated.length, PROLOG_BYTES), StandardCharsets.ISO_8859_1)
                                .toUpperCase(Locale.ROOT)
                                .contains("<!DOCTYPE")) {
                    // refused by the parsers anyway; said here so that POI never gets to log about it
                    throw fail(entry.getName(), messages.badXml("DOCTYPE"), null);
                }
                if (!entry.isDirectory()) {
                    if (entry.getName().equals("[Content_Types].xml")
                            || entry.getName().endsWith(".rels")) {
                        // POI parses these on opening with an error handler that logs; a malformed one is
                        // refused here, silently, in our words
                        checkWellFormed(entry.getName(), inflated);
                    }
                    zip.add(entry.getName(), inflated);
                }
            }
            if (entries == 0) {
                throw fail("", messages.damagedZip(), null);
            }
            if (!contentTypes) {
                throw fail("", messages.notDocx(messages.looksLike("zip")), null);
            }
            return zip;
        } catch (IOException | RuntimeException e) {
            if (e instanceof ReportReadException r) {
                throw r;
            }
            // ZipException, a malformed entry name (IllegalArgumentException), a truncated stream …
            throw fail("", messages.damagedZip(), e);
        }
    }

    private Extracted extract(OPCPackage pkg) throws Exception {
        PackageRelationship main = null;
        for (PackageRelationship rel : pkg.getRelationships()) {
            if (rel.getRelationshipType().endsWith("/officeDocument")) {
                main = rel;
                break;
            }
        }
        if (main == null) {
            throw fail("", messages.notDocx(messages.looksLike("zip")), null);
        }
        PackagePart mainPart = pkg.getPart(main);
        if (mainPart == null) {
            throw fail("", messages.noMainDocument(), null);
        }
        String type = mainPart.getContentType();
        if (!WORD_MAIN.contains(type) && !type.contains("wordprocessingml")) {
            String kind = type.contains("spreadsheetml") || type.contains("ms-excel")
                    ? "spreadsheet"
                    : type.contains("presentationml") || type.contains("ms-powerpoint") ? "presentation" : "zip";
            throw fail("", messages.notDocx(messages.looksLike(kind)), null);
        }
        Document document = parse(mainPart);
        Optional<Document> styles = related(mainPart, "/styles");
        Optional<Document> numbering = related(mainPart, "/numbering");
        Optional<Document> footnotes = related(mainPart, "/footnotes");
        Optional<Document> endnotes = related(mainPart, "/endnotes");
        String mainName = mainPart.getPartName().getName();
        DocxTextExtractor extractor =
                new DocxTextExtractor(styles, numbering, footnotes, endnotes, limits.maxDepth(), () -> {
                    throw fail(mainName, messages.tooDeep(limits.maxDepth()), null);
                });
        List<DocxLine> body = extractor.lines(document);
        List<DocxLine> headers = new ArrayList<>();
        List<DocxLine> footers = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (PackageRelationship rel : mainPart.getRelationships()) {
            String relType = rel.getRelationshipType();
            boolean header = relType.endsWith("/header");
            if (rel.getTargetMode() != TargetMode.INTERNAL || !(header || relType.endsWith("/footer"))) {
                continue;
            }
            PackagePart part = mainPart.getRelatedPart(rel);
            if (part == null) {
                continue;
            }
            List<DocxLine> lines = extractor.headerFooterLines(
                    parse(part), header ? DocxLine.Kind.PAGE_HEADER : DocxLine.Kind.PAGE_FOOTER);
            for (DocxLine l : lines) {
                // the same running header on odd, even and first pages is one line of furniture
                if (!l.text().isBlank() && seen.add(l.kind() + l.text().strip())) {
                    (header ? headers : footers).add(l);
                }
            }
        }
        return new Extracted(body, headers, footers, info(pkg));
    }

    /** The title, creator and creation date the package's core properties declare. */
    private static DocumentInfo info(OPCPackage pkg) {
        DocumentInfo.Builder b = DocumentInfo.builder();
        try {
            PackageProperties p = pkg.getPackageProperties();
            p.getTitleProperty().ifPresent(b::title);
            p.getCreatorProperty().ifPresent(b::author);
            p.getCreatedProperty()
                    .ifPresent(
                            d -> b.created(d.toInstant().atZone(ZoneOffset.UTC).toLocalDate()));
        } catch (Exception e) {
            // unreadable core properties declare nothing
        }
        return b.build();
    }

    private Optional<Document> related(PackagePart main, String typeSuffix) throws Exception {
        for (PackageRelationship rel : main.getRelationships()) {
            if (rel.getTargetMode() == TargetMode.INTERNAL
                    && rel.getRelationshipType().endsWith(typeSuffix)) {
                PackagePart part = main.getRelatedPart(rel);
                if (part != null) {
                    return Optional.of(parse(part));
                }
            }
        }
        return Optional.empty();
    }

    private void checkWellFormed(String name, byte[] xml) {
        try {
            DocumentBuilder builder = XMLHelper.newDocumentBuilder();
            builder.setErrorHandler(SILENT);
            builder.parse(new ByteArrayInputStream(xml));
        } catch (Exception e) {
            throw fail(name, messages.badXml(String.valueOf(e.getMessage())), e);
        }
    }

    private Document parse(PackagePart part) {
        try (InputStream in = part.getInputStream()) {
            // POI's hardened builder (DTDs refused, no external entities), with a silent error handler:
            // POI's default one logs through log4j-api, and a library logs nothing of its own
            DocumentBuilder builder = XMLHelper.newDocumentBuilder();
            builder.setErrorHandler(SILENT);
            return builder.parse(in);
        } catch (Exception e) {
            String detail = String.valueOf(e.getMessage());
            if (detail.contains("maxElementDepth")) {
                // newer JDKs (24 and later) stop at their own default depth (jdk.xml.maxElementDepth) before ours
                throw fail(part.getPartName().getName(), messages.tooDeep(depthLimit(detail)), e);
            }
            throw fail(part.getPartName().getName(), messages.badXml(detail), e);
        }
    }

    /** The limit the JDK's parser names in its message ("… exceeds the limit "100" …"), else ours. */
    private int depthLimit(String jdkMessage) {
        java.util.regex.Matcher m =
                java.util.regex.Pattern.compile("limit \"(\\d+)\"").matcher(jdkMessage);
        return m.find() ? Integer.parseInt(m.group(1)) : limits.maxDepth();
    }

    private static final ErrorHandler SILENT = new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {}

        @Override
        public void error(SAXParseException e) throws SAXParseException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXParseException {
            throw e;
        }
    };

    private ReportReadException fail(String location, String problem, Throwable cause) {
        return ReportReadException.of(
                source, location.startsWith("/") ? location.substring(1) : location, problem, cause);
    }

    /**
     * The entries of an archive, inflated once by {@link #scanZip} within the limits, as POI reads a package:
     * POI's {@code ZipInputStreamZipEntrySource} would inflate them again and apply its JVM-wide ratio check.
     */
    private static final class InflatedZip implements ZipEntrySource {
        private final Map<String, ZipArchiveEntry> entries = new LinkedHashMap<>();
        private final Map<String, byte[]> content = new HashMap<>();
        private boolean closed;

        void add(String name, byte[] bytes) {
            if (entries.containsKey(name)) {
                return; // a name given twice: the first wins, as POI's stream reader keeps it
            }
            ZipArchiveEntry e = new ZipArchiveEntry(name);
            e.setSize(bytes.length);
            entries.put(name, e);
            content.put(name, bytes);
        }

        @Override
        public Enumeration<? extends ZipArchiveEntry> getEntries() {
            return Collections.enumeration(entries.values());
        }

        @Override
        public ZipArchiveEntry getEntry(String path) {
            ZipArchiveEntry e = entries.get(path);
            if (e != null) {
                return e;
            }
            for (ZipArchiveEntry candidate : entries.values()) {
                if (candidate.getName().equalsIgnoreCase(path)) {
                    return candidate;
                }
            }
            return null;
        }

        @Override
        public InputStream getInputStream(ZipArchiveEntry entry) {
            byte[] bytes = content.get(entry.getName());
            return new ByteArrayInputStream(bytes == null ? new byte[0] : bytes);
        }

        @Override
        public void close() {
            closed = true;
            content.clear();
        }

        @Override
        public boolean isClosed() {
            return closed;
        }
    }

    /** Counts the compressed bytes the inflater has consumed. */
    private static final class CountingStream extends FilterInputStream {
        long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long s = super.skip(n);
            count += s;
            return s;
        }
    }
}
