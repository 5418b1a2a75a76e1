package io.github.fazhi.doc.internal;

import io.github.fazhi.core.ReportReadException;
import io.github.fazhi.core.SourceSpan;
import io.github.fazhi.core.read.DocumentInfo;
import io.github.fazhi.core.read.LayoutHints;
import io.github.fazhi.core.read.LineRegion;
import io.github.fazhi.core.read.SourceDocument;
import io.github.fazhi.core.read.SourceLine;
import io.github.fazhi.core.read.SourceText;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hpsf.SummaryInformation;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.OldWordFileFormatException;
import org.apache.poi.hwpf.model.FileInformationBlock;
import org.apache.poi.hwpf.model.GenericPropertyNode;
import org.apache.poi.hwpf.model.PlexOfCps;
import org.apache.poi.hwpf.model.StyleDescription;
import org.apache.poi.hwpf.model.StyleSheet;
import org.apache.poi.hwpf.usermodel.CharacterRun;
import org.apache.poi.hwpf.usermodel.HWPFList;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableRow;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Turns a Word 97-2003 binary document ({@code .doc}, and WPS Office's {@code .wps}, which is the same
 * format) into source lines with Apache POI's HWPF: the main text's paragraphs in order, one line each,
 * with automatic list numbering computed into the text; a table one row a line (cells separated by a
 * tab, region {@link LineRegion#TABLE}); text boxes after the body; footnotes and endnotes
 * ({@link LineRegion#NOTE}); headers and footers of every section ({@link LineRegion#PAGE_HEADER},
 * {@link LineRegion#PAGE_FOOTER}), each distinct line once. Deleted revisions and hidden text are not
 * read; fields show their result ({@code — 1 —}), not their code ({@code PAGE}).
 *
 * <p>Hints: the paragraph's outline level (its own or its style's, or the level of a built-in heading
 * style named {@code heading N} / {@code 标题 N}), its style's name, centring, bold and font size when
 * every run with text agrees, and a blank line or at least 10 pt of spacing before it.
 *
 * <p>Spans: line {@code i} is the {@code i}-th paragraph of the main text (1-based, table cells counted as
 * paragraphs); lines from text boxes, notes, headers and footers are numbered on after the main text.
 */
public final class HwpfExtractor {

    /** China Standard Time: the document's dates are stored in UTC and shown as the writer saw them. */
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private static final int WORD_97_IDENT = 0xA5EC;
    private static final int WORD_95_IDENT = 0xA5DC;
    private static final int WORD_2_IDENT = 0xA5DB;
    private static final int FIRST_WORD_97_FIB = 0xC1;
    private static final int F_ENCRYPTED = 0x0100;
    private static final int F_OBFUSCATED = 0x8000;
    private static final int JUSTIFY_CENTRE = 1;
    private static final int LIST_NONE = 0xFF;
    /** 10 pt in twips: spacing before a paragraph that counts as a blank line. */
    private static final int BLANK_SPACING_TWIPS = 200;

    private static final Pattern HEADING_STYLE =
            Pattern.compile("(?:heading|标题)\\s*([1-9])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private final String source;
    private final String formatId;
    private final DocMessages messages;
    private final List<SourceLine> lines = new ArrayList<>();
    private final ListNumbering numbering = new ListNumbering();
    private StyleSheet styles;
    private int fibIdent;
    private int fibVersion;

    private HwpfExtractor(String source, String formatId, DocMessages messages) {
        this.source = source;
        this.formatId = formatId;
        this.messages = messages;
    }

    /**
     * The lines and declared properties of the Word binary document in {@code content}.
     *
     * @param formatId the format the content was detected as ({@code doc} or {@code wps})
     * @throws ReportReadException when it is encrypted, older than Word 97, damaged or not a Word document
     */
    public static SourceDocument extract(byte[] content, String source, String formatId, DocMessages messages) {
        return new HwpfExtractor(source, formatId, messages).run(content);
    }

    private SourceDocument run(byte[] content) {
        POIFSFileSystem fs;
        try {
            fs = new POIFSFileSystem(new ByteArrayInputStream(content));
        } catch (IOException | RuntimeException e) {
            throw damaged(e);
        }
        try (fs) {
            DirectoryNode root = fs.getRoot();
            checkFib(root);
            HWPFDocument doc;
            try {
                doc = new HWPFDocument(root);
            } catch (EncryptedDocumentException e) {
                throw fail(messages.get(DocMessages.Key.ENCRYPTED), e);
            } catch (OldWordFileFormatException e) {
                throw fail(messages.get(DocMessages.Key.OLD_WORD, fibIdent, fibVersion), e);
            }
            List<SourceLine> read = lines(doc);
            if (read.isEmpty()) {
                throw fail(messages.get(DocMessages.Key.NO_TEXT), null);
            }
            return new SourceDocument(source, formatId, read, info(doc));
        } catch (ReportReadException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw damaged(e);
        }
    }

    /** Refuses what HWPF cannot read before it tries: no Word stream, Word 6/95 and older, encryption. */
    private void checkFib(DirectoryNode root) throws IOException {
        if (!root.hasEntry("WordDocument")) {
            throw fail(messages.get(DocMessages.Key.DAMAGED, "no WordDocument stream"), null);
        }
        byte[] fib;
        try (InputStream in = root.createDocumentInputStream("WordDocument")) {
            fib = in.readNBytes(32);
        }
        if (fib.length < 12) {
            throw fail(messages.get(DocMessages.Key.DAMAGED, "the file information block is truncated"), null);
        }
        fibIdent = u16(fib, 0);
        fibVersion = u16(fib, 2);
        int flags = u16(fib, 10);
        if (fibIdent != WORD_97_IDENT || fibVersion < FIRST_WORD_97_FIB) {
            boolean older = fibIdent == WORD_97_IDENT || fibIdent == WORD_95_IDENT || fibIdent == WORD_2_IDENT;
            throw fail(
                    older
                            ? messages.get(DocMessages.Key.OLD_WORD, fibIdent, fibVersion)
                            : messages.get(DocMessages.Key.DAMAGED, "no Word file information block"),
                    null);
        }
        if ((flags & (F_ENCRYPTED | F_OBFUSCATED)) != 0) {
            throw fail(messages.get(DocMessages.Key.ENCRYPTED), null);
        }
    }

    // ------------------------------------------------------------------------------------------------

    private List<SourceLine> lines(HWPFDocument doc) {
        styles = doc.getStyleSheet();
        Range main = doc.getRange();
        int count = main.numParagraphs();
        boolean blank = true;
        for (int i = 0; i < count; i++) {
            Paragraph p = main.getParagraph(i);
            if (p.isInTable()) {
                Table table = tableAt(main, p);
                if (table != null) {
                    int rows = table.numRows();
                    int paragraph = i;
                    for (int r = 0; r < rows; r++) {
                        TableRow row = table.getRow(r);
                        String text = rowText(row);
                        if (!text.isEmpty()) {
                            add(text, paragraph + 1, hints(p, blank).region(LineRegion.TABLE));
                        }
                        paragraph += row.numParagraphs();
                    }
                    i += Math.max(1, table.numParagraphs()) - 1;
                    blank = false;
                    continue;
                }
            }
            String text = paragraphText(p);
            String label = label(p);
            if (text.isEmpty()) {
                blank = true;
                continue;
            }
            if (!label.isEmpty()) {
                text = SourceText.join(label, text);
            }
            add(text, i + 1, hints(p, blank));
            blank = false;
        }
        int next = count + 1;
        next = story(doc.getMainTextboxRange(), LineRegion.BODY, next);
        next = story(doc.getFootnoteRange(), LineRegion.NOTE, next);
        next = story(doc.getEndnoteRange(), LineRegion.NOTE, next);
        headersAndFooters(doc, next);
        return lines;
    }

    private static Table tableAt(Range range, Paragraph p) {
        try {
            return range.getTable(p);
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            return null; // a cell paragraph HWPF cannot place in a table: read it as a paragraph
        }
    }

    /** The lines of another story (text boxes, notes), numbered on from {@code next}; the next free number. */
    private int story(Range range, LineRegion region, int next) {
        if (range == null || range.getEndOffset() <= range.getStartOffset()) {
            return next;
        }
        int count = range.numParagraphs();
        boolean blank = true;
        for (int i = 0; i < count; i++) {
            Paragraph p = range.getParagraph(i);
            String text = paragraphText(p);
            if (text.isEmpty()) {
                blank = true;
                continue;
            }
            add(text, next++, hints(p, blank).region(region));
            blank = false;
        }
        return next;
    }

    /**
     * Every section's headers and footers: the header story holds six stories per section (even, odd
     * header; even, odd footer; first-page header, footer) after six separator stories (MS-DOC Plcfhdd).
     */
    private void headersAndFooters(HWPFDocument doc, int next) {
        FileInformationBlock fib = doc.getFileInformationBlock();
        Range stories = doc.getHeaderStoryRange();
        if (fib.getPlcfHddSize() <= 0 || stories == null) {
            return;
        }
        PlexOfCps hdd = new PlexOfCps(doc.getTableStream(), fib.getPlcfHddOffset(), fib.getPlcfHddSize(), 0);
        String all = stories.text();
        Set<String> headers = new LinkedHashSet<>();
        Set<String> footers = new LinkedHashSet<>();
        for (int k = 6; k < hdd.length(); k++) {
            GenericPropertyNode node = hdd.getProperty(k);
            int start = Math.max(0, node.getStart());
            int end = Math.min(all.length(), node.getEnd());
            if (end <= start) {
                continue;
            }
            int kind = (k - 6) % 6;
            boolean header = kind == 0 || kind == 1 || kind == 4;
            for (String line : Range.stripFields(all.substring(start, end)).split("[\r\u0007\u000C]")) {
                String text = clean(line);
                if (!text.isEmpty()) {
                    (header ? headers : footers).add(text);
                }
            }
        }
        for (String h : headers) {
            add(h, next++, LayoutHints.builder().region(LineRegion.PAGE_HEADER));
        }
        for (String f : footers) {
            add(f, next++, LayoutHints.builder().region(LineRegion.PAGE_FOOTER));
        }
    }

    private void add(String text, int line, LayoutHints.Builder hints) {
        lines.add(
                new SourceLine(text, SourceSpan.ofLine(line, 1, text.codePointCount(0, text.length())), hints.build()));
    }

    // ------------------------------------------------------------------------------------------------

    private static String rowText(TableRow row) {
        StringBuilder out = new StringBuilder();
        int cells = row.numCells();
        for (int c = 0; c < cells; c++) {
            TableCell cell = row.getCell(c);
            StringBuilder text = new StringBuilder();
            int n = cell.numParagraphs();
            for (int i = 0; i < n; i++) {
                String t = paragraphText(cell.getParagraph(i));
                if (!t.isEmpty()) {
                    text.append(text.length() > 0 ? " " : "").append(t);
                }
            }
            if (c > 0) {
                out.append('\t');
            }
            out.append(text);
        }
        return out.toString().strip();
    }

    /** The paragraph's text as a reader sees it: no deleted or hidden runs, fields as their result. */
    private static String paragraphText(Paragraph p) {
        StringBuilder raw = new StringBuilder();
        try {
            int runs = p.numCharacterRuns();
            for (int r = 0; r < runs; r++) {
                CharacterRun run = p.getCharacterRun(r);
                String t = run.text();
                if (run.isMarkedDeleted() || run.isVanished() && !hasFieldMark(t)) {
                    continue;
                }
                raw.append(t);
            }
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            // runs HWPF cannot place in the paragraph: its text as a whole, revisions and hidden text included
            raw.setLength(0);
            raw.append(p.text());
        }
        return clean(Range.stripFields(raw.toString()));
    }

    private static boolean hasFieldMark(String t) {
        return t.indexOf('\u0013') >= 0 || t.indexOf('\u0014') >= 0 || t.indexOf('\u0015') >= 0;
    }

    /**
     * Word's special characters out of the text: paragraph and cell marks, picture and object anchors,
     * note reference marks; a line break or page break joins, a non-breaking hyphen is a hyphen, an
     * optional hyphen goes.
     */
    private static String clean(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            switch (c) {
                case '\r', '\u0007' -> {
                    // end of paragraph or cell
                }
                case '\u000B', '\u000C', '\u000E' -> out.append('\n');
                case '\u001E' -> out.append('-');
                case '\u001F' -> {
                    // optional hyphen
                }
                default -> {
                    if (c >= '\uF000' && c <= '\uF0FF') {
                        // a symbol-font glyph: no text a reader would read
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return strip(SourceText.normalise(out));
    }

    private static String strip(String s) {
        int from = 0;
        int to = s.length();
        while (from < to && isBlank(s.charAt(from))) {
            from++;
        }
        while (to > from && isBlank(s.charAt(to - 1))) {
            to--;
        }
        return s.substring(from, to);
    }

    private static boolean isBlank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** The paragraph's automatic number, as printed; empty when it has none. */
    private String label(Paragraph p) {
        if (!p.isInList()) {
            return "";
        }
        try {
            HWPFList list = p.getList();
            int level = Math.max(0, Math.min(8, p.getIlvl()));
            if (list.getNumberFormat((char) level) == LIST_NONE
                    && list.getNumberText((char) level).isEmpty()) {
                return "";
            }
            return numbering.next(new ListNumbering.Level() {
                @Override
                public int listId() {
                    return list.getLsid();
                }

                @Override
                public int level() {
                    return level;
                }

                @Override
                public int format(int l) {
                    return list.getNumberFormat((char) l);
                }

                @Override
                public String template() {
                    String t = list.getNumberText((char) level);
                    return t == null ? "" : t;
                }

                @Override
                public int startAt(int l) {
                    return list.getStartAt((char) l);
                }
            });
        } catch (RuntimeException e) {
            return ""; // a list reference HWPF cannot resolve: the paragraph reads without its number
        }
    }

    private LayoutHints.Builder hints(Paragraph p, boolean blankBefore) {
        LayoutHints.Builder h = LayoutHints.builder();
        String style = styleName(p);
        if (!style.isEmpty()) {
            h.styleName(style);
        }
        int lvl = p.getLvl();
        if (lvl >= 0 && lvl <= 8) {
            h.outlineLevel(lvl + 1);
        } else {
            Matcher m = HEADING_STYLE.matcher(style);
            if (m.matches()) {
                h.outlineLevel(m.group(1).charAt(0) - '0');
            }
        }
        h.centred(p.getJustification() == JUSTIFY_CENTRE);
        h.blankBefore(blankBefore || p.getSpacingBefore() >= BLANK_SPACING_TWIPS);
        boolean bold = true;
        boolean any = false;
        int size = -1;
        boolean sameSize = true;
        int runs;
        try {
            runs = p.numCharacterRuns();
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            runs = 0;
        }
        for (int r = 0; r < runs; r++) {
            CharacterRun run;
            try {
                run = p.getCharacterRun(r);
            } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
                any = false;
                break;
            }
            if (run.isMarkedDeleted() || run.isVanished() || run.text().isBlank()) {
                continue;
            }
            any = true;
            bold &= run.isBold();
            int s = run.getFontSize();
            if (size < 0) {
                size = s;
            } else if (s != size) {
                sameSize = false;
            }
        }
        h.bold(any && bold);
        if (any && sameSize && size > 0 && size < 2000) {
            h.fontSize(size / 2.0);
        }
        return h;
    }

    private String styleName(Paragraph p) {
        try {
            StyleDescription d = styles == null ? null : styles.getStyleDescription(p.getStyleIndex());
            String name = d == null ? null : d.getName();
            return name == null ? "" : name.strip();
        } catch (RuntimeException e) {
            return "";
        }
    }

    // ------------------------------------------------------------------------------------------------

    private static DocumentInfo info(HWPFDocument doc) {
        DocumentInfo.Builder info = DocumentInfo.builder();
        try {
            SummaryInformation si = doc.getSummaryInformation();
            if (si != null) {
                if (si.getTitle() != null) {
                    info.title(SourceText.normalise(si.getTitle()));
                }
                if (si.getAuthor() != null) {
                    info.author(SourceText.normalise(si.getAuthor()));
                }
                Date created = si.getCreateDateTime();
                if (created != null && created.getTime() > 0) {
                    info.created(created.toInstant().atZone(CHINA).toLocalDate());
                }
            }
        } catch (RuntimeException e) {
            // damaged properties: the document's text still reads
        }
        return info.build();
    }

    private ReportReadException damaged(Throwable e) {
        String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (detail.length() > 200) {
            detail = detail.substring(0, 200) + "…";
        }
        return fail(messages.get(DocMessages.Key.DAMAGED, detail), e);
    }

    private ReportReadException fail(String problem, Throwable cause) {
        return ReportReadException.of(source, "", problem, cause);
    }

    private static int u16(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
    }
}
