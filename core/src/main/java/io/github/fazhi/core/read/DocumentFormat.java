package io.github.fazhi.core.read;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A file format, as {@link Readers} tells it from a file's content (magic bytes, then structure), never
 * from its name. Each format has a stable id, a name for people in Chinese and English, and the fazhi
 * artifact that reads it, if any; a format without a reader on the class path is refused by that name.
 *
 * <pre>{@code
 * Readers.detect(Path.of("2025.pdf"));          // DocumentFormat[pdf]
 * DocumentFormat.PDF.displayName(Locale.CHINA);   // "PDF 文件"
 * DocumentFormat.PDF.readerArtifact();            // Optional[fazhi-pdf]
 * DocumentFormat.RTF.readerArtifact();            // Optional.empty: fazhi reads no RTF
 * }</pre>
 *
 * @param id the stable id ({@code docx}), which a {@link ReaderProvider} names to claim the format
 * @param nameZh the name in Chinese, as a message puts it ({@code Word 文档（DOCX）})
 * @param nameEn the name in English ({@code Word document (DOCX)})
 * @param readerArtifact the fazhi artifact that reads the format ({@code fazhi-docx}), or empty when fazhi
 *     reads it in core or not at all
 * @param kind what fazhi can do with the format at best
 */
public record DocumentFormat(String id, String nameZh, String nameEn, Optional<String> readerArtifact, Kind kind) {

    /** What fazhi can do with a format at best. */
    public enum Kind {
        /** A report can be read from it, by core or by the artifact named. */
        READABLE,
        /** A document format fazhi does not read (RTF, ODT, spreadsheets…): save it as another. */
        UNSUPPORTED,
        /** An image (a scan): no text to read, and fazhi does no OCR. */
        IMAGE,
        /** A password-protected document. */
        ENCRYPTED,
        /** Not a document at all, or none fazhi knows. */
        BINARY
    }

    /** Plain text in UTF-8, UTF-16 with a byte-order mark or GB18030; read by core. */
    public static final DocumentFormat TEXT = readable("text", "纯文本", "plain text", null);
    /** fazhi's own JSON form of a report; read by core. */
    public static final DocumentFormat JSON = readable("json", "JSON 文件", "JSON file", null);
    /** Word 2007+ (and WPS, LibreOffice) DOCX. */
    public static final DocumentFormat DOCX = readable("docx", "Word 文档（DOCX）", "Word document (DOCX)", "fazhi-docx");
    /** Word 97-2003 binary {@code .doc}. */
    public static final DocumentFormat DOC =
            readable("doc", "Word 97-2003 文档（.doc）", "Word 97-2003 document (.doc)", "fazhi-doc");
    /**
     * A Word 97-2003 binary document written by Kingsoft WPS Office: its own {@code .wps}, and the
     * {@code .doc} files it saves, which carry the same marks (a {@code WpsCustomData} stream, a
     * {@code KSOProductBuildVer} property).
     */
    public static final DocumentFormat WPS =
            readable("wps", "WPS 文字文档（.wps）", "WPS Writer document (.wps)", "fazhi-doc");
    /** PDF. */
    public static final DocumentFormat PDF = readable("pdf", "PDF 文件", "PDF file", "fazhi-pdf");
    /** OFD, GB/T 33190. */
    public static final DocumentFormat OFD = readable("ofd", "OFD 版式文件", "OFD file (GB/T 33190)", "fazhi-ofd");
    /** A web page, as saved from a government portal. */
    public static final DocumentFormat HTML = readable("html", "网页文件（HTML）", "web page (HTML)", "fazhi-html");
    /**
     * A Microsoft Works word-processor document: it also uses the {@code .wps} name, but is not Kingsoft
     * WPS's format, and fazhi does not read it.
     */
    public static final DocumentFormat WORKS = unsupported(
            "works",
            "Microsoft Works 文字处理文档（.wps，并非金山 WPS 格式）",
            "Microsoft Works word-processor document (.wps, not Kingsoft WPS)");
    /** Rich Text Format. */
    public static final DocumentFormat RTF = unsupported("rtf", "RTF 文档", "RTF document");
    /** OpenDocument text, packaged ({@code .odt}) or flat ({@code .fodt}). */
    public static final DocumentFormat ODT = unsupported("odt", "OpenDocument 文本（ODT）", "OpenDocument text (ODT)");
    /** Word 2003 XML ({@code w:wordDocument}). */
    public static final DocumentFormat WORD_XML = unsupported("word-xml", "Word 2003 XML 文档", "Word 2003 XML document");
    /** Another XML document. */
    public static final DocumentFormat XML = unsupported("xml", "XML 文件", "XML file");
    /** A spreadsheet: XLSX, XLS, ODS, WPS 表格. */
    public static final DocumentFormat SPREADSHEET = unsupported("spreadsheet", "电子表格", "spreadsheet");
    /** A presentation: PPTX, PPT, ODP. */
    public static final DocumentFormat PRESENTATION = unsupported("presentation", "演示文稿", "presentation");
    /** An EPUB or other e-book. */
    public static final DocumentFormat EPUB = unsupported("epub", "电子书（EPUB）", "e-book (EPUB)");
    /** A ZIP archive that is no document fazhi knows. */
    public static final DocumentFormat ZIP = unsupported("zip", "ZIP 压缩包", "ZIP archive");
    /** Another archive: RAR, 7z, gzip. */
    public static final DocumentFormat ARCHIVE = unsupported("archive", "压缩包", "archive");
    /** An OLE compound file that is no document fazhi knows. */
    public static final DocumentFormat OLE = unsupported("ole", "OLE 复合文档", "OLE compound file");
    /** A password-protected Office document (OOXML in an OLE container, or an encrypted {@code .doc}). */
    public static final DocumentFormat ENCRYPTED_OFFICE = new DocumentFormat(
            "encrypted-office",
            "加密的 Office 文档",
            "password-protected Office document",
            Optional.empty(),
            Kind.ENCRYPTED);
    /** An image: PNG, JPEG, TIFF, GIF, BMP. */
    public static final DocumentFormat IMAGE =
            new DocumentFormat("image", "图片文件", "image file", Optional.empty(), Kind.IMAGE);
    /** Bytes in no format fazhi knows that are not text either. */
    public static final DocumentFormat BINARY =
            new DocumentFormat("binary", "二进制文件", "binary file", Optional.empty(), Kind.BINARY);

    private static final List<DocumentFormat> KNOWN = List.of(
            TEXT,
            JSON,
            DOCX,
            DOC,
            WPS,
            PDF,
            OFD,
            HTML,
            WORKS,
            RTF,
            ODT,
            WORD_XML,
            XML,
            SPREADSHEET,
            PRESENTATION,
            EPUB,
            ZIP,
            ARCHIVE,
            OLE,
            ENCRYPTED_OFFICE,
            IMAGE,
            BINARY);

    /** Checks for nulls. */
    public DocumentFormat {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(nameZh, "nameZh");
        Objects.requireNonNull(nameEn, "nameEn");
        Objects.requireNonNull(readerArtifact, "readerArtifact");
        Objects.requireNonNull(kind, "kind");
    }

    private static DocumentFormat readable(String id, String zh, String en, String artifact) {
        return new DocumentFormat(id, zh, en, Optional.ofNullable(artifact), Kind.READABLE);
    }

    private static DocumentFormat unsupported(String id, String zh, String en) {
        return new DocumentFormat(id, zh, en, Optional.empty(), Kind.UNSUPPORTED);
    }

    /** Every format fazhi can tell by content, readable or not. */
    public static List<DocumentFormat> known() {
        return KNOWN;
    }

    /** The known format with {@code id}, if any. */
    public static Optional<DocumentFormat> byId(String id) {
        for (DocumentFormat f : KNOWN) {
            if (f.id.equals(id)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** The name for people in {@code locale}: English for English, Chinese otherwise. */
    public String displayName(Locale locale) {
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? nameEn : nameZh;
    }

    @Override
    public String toString() {
        return "DocumentFormat[" + id + "]";
    }
}
