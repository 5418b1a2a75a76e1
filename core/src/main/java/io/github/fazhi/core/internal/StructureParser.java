package io.github.fazhi.core.internal;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.Block;
import io.github.fazhi.core.ChineseNumerals;
import io.github.fazhi.core.Disclosure;
import io.github.fazhi.core.DisclosureChannel;
import io.github.fazhi.core.HeaderLine;
import io.github.fazhi.core.HeaderLineKind;
import io.github.fazhi.core.Lexicon;
import io.github.fazhi.core.NumberLabel;
import io.github.fazhi.core.Numbering;
import io.github.fazhi.core.PageFurniture;
import io.github.fazhi.core.Paragraph;
import io.github.fazhi.core.ReportMetadata;
import io.github.fazhi.core.Section;
import io.github.fazhi.core.SectionClassifier;
import io.github.fazhi.core.SectionKind;
import io.github.fazhi.core.SignOff;
import io.github.fazhi.core.SourceSpan;
import io.github.fazhi.core.Title;
import io.github.fazhi.core.read.DocumentInfo;
import io.github.fazhi.core.read.LayoutHints;
import io.github.fazhi.core.read.LineRegion;
import io.github.fazhi.core.read.SourceLine;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The genre logic of the structure reader: turns a document's {@link SourceLine}s into an
 * {@link AnnualReport}. It finds page furniture (by the line's region, or by its text for portal pages),
 * the header lines and the title, the preamble, the section tree, the sign-off and what follows it. Every
 * line ends up in the model: as what it is when that can be told, as a paragraph where it stood otherwise,
 * furniture as furniture where it stood.
 *
 * <p>Layout hints are evidence beside the text: a line with an outline level or a heading style is a
 * heading even without a number (its level from the hint), a centred line in a large face near the top is
 * a title candidate, a bold or centred short line is a heading, and lines outside the body and tables are
 * furniture.
 *
 * <p>Work is linear in the input: every pattern runs on a bounded prefix of a line or on short lines only,
 * and each line is looked at a bounded number of times, so huge lines and garbage cannot make it hang.
 */
public final class StructureParser {

    /** Header, title and sign-off lines are short; longer lines are body text. */
    private static final int MAX_ISSUER = 40;

    private static final int MAX_TITLE_LINE = 80;
    private static final int MAX_HEADER_LINE = 100;
    private static final int MAX_UNNUMBERED_HEADING = 30;
    /** A heading marked only by a style or outline level is at most this long; longer, it is a paragraph. */
    private static final int MAX_HINTED_HEADING = 80;
    /**
     * A numbered line whose heading would run longer than this is a numbered paragraph: its label starts a
     * section, its text is the section's paragraph.
     */
    private static final int MAX_HEADING = 60;
    /** How many lines from the end the sign-off date may stand (issuer lines, date, notes after it). */
    private static final int SIGN_OFF_WINDOW = 8;

    private static final int MAX_ISSUER_LINES = 4;
    /** A centred line at least this large (points) near the top is a title candidate. */
    private static final double TITLE_FONT_SIZE = 18;

    /** Characters that end or split a sentence; a line holding one is body text, not a header line. */
    private static final String SENTENCE_PUNCTUATION = "。，,；;！!？?";

    private static final String SENTENCE_END = "。！？!?";

    private static final Pattern DOCUMENT_NUMBER =
            Pattern.compile("[〔\\[［【(（]\\s*(?:19|20)[0-9０-９]{2}\\s*[〕\\]］】)）]\\s*[0-9０-９]{1,5}\\s*号");
    private static final Pattern DATE = Pattern.compile("([0-9]{4}|[〇零一二三四五六七八九]{4})\\s*年\\s*"
            + "([0-9]{1,2}|[一二三四五六七八九十]{1,3})\\s*月\\s*([0-9]{1,2}|[一二三四五六七八九十]{1,3})\\s*日");
    private static final Pattern STYLE_LEVEL =
            Pattern.compile("(?:heading|标题|titre|überschrift)\\s*([1-9])", Pattern.CASE_INSENSITIVE);

    private StructureParser() {}

    /**
     * Parses the lines of a document. Never fails: what cannot be placed becomes a paragraph.
     *
     * @param lines the non-blank lines, at least one
     * @param info what the document declares about itself
     */
    public static AnnualReport parse(List<SourceLine> lines, DocumentInfo info) {
        return new StructureParser.Run(lines, info).run();
    }

    // ------------------------------------------------------------------------------------------------
    // One line

    /** A source line while the report is read: its place, its text and what the reader made of it. */
    static final class Line {
        final int index;
        final SourceLine source;
        final String text;
        final boolean furniture;

        Line(int index, SourceLine source, boolean furniture) {
            this.index = index;
            this.source = source;
            this.text = source.text().strip();
            this.furniture = furniture;
        }

        LayoutHints hints() {
            return source.hints();
        }

        boolean blankBefore() {
            return source.hints().blankBefore();
        }

        int length() {
            return text.codePointCount(0, text.length());
        }

        SourceSpan span() {
            return source.span();
        }

        /** The span of {@code text[from, to)} (char indexes), when the line's span is one line; else the whole span. */
        SourceSpan span(int from, int to) {
            SourceSpan s = source.span();
            if (s.line() != s.endLine() || !source.text().equals(text)) {
                return s;
            }
            int c = s.column() + text.codePointCount(0, from);
            return new SourceSpan(s.page(), s.line(), c, s.line(), c + text.codePointCount(from, to));
        }

        /** The span from the start of this line to the end of {@code last}, or this line's when that is no span. */
        SourceSpan spanTo(Line last) {
            SourceSpan a = span();
            SourceSpan b = last.span();
            if (a.page() != b.page()
                    || b.endLine() < a.line()
                    || (b.endLine() == a.line() && b.endColumn() < a.column())) {
                return a;
            }
            return new SourceSpan(a.page(), a.line(), a.column(), b.endLine(), b.endColumn());
        }

        boolean inTable() {
            return source.hints().region() == LineRegion.TABLE;
        }

        /** The heading level a style name or outline level gives the line, when it has one. */
        OptionalInt hintedLevel() {
            LayoutHints h = source.hints();
            if (h.outlineLevel().isPresent()) {
                return h.outlineLevel();
            }
            if (h.styleName().isPresent()) {
                Matcher m = STYLE_LEVEL.matcher(h.styleName().get());
                if (m.find()) {
                    return OptionalInt.of(m.group(1).charAt(0) - '0');
                }
            }
            return OptionalInt.empty();
        }

        /** Whether the line's style is a title style ({@code Title}, {@code 标题}, {@code 文章标题}). */
        boolean titleStyle() {
            Optional<String> style = source.hints().styleName();
            if (style.isEmpty()) {
                return false;
            }
            String s = style.get().strip().toLowerCase(Locale.ROOT);
            return s.equals("title") || s.equals("标题") || s.equals("文章标题") || s.equals("公文标题");
        }

        /** Centred in a large face, or in a title style: how a title is set. */
        boolean setAsTitle() {
            LayoutHints h = source.hints();
            return titleStyle()
                    || (h.centred() && h.fontSize().isPresent() && h.fontSize().getAsDouble() >= TITLE_FONT_SIZE);
        }
    }

    // ------------------------------------------------------------------------------------------------
    // One reading

    private static final class Run {
        final List<Line> all;
        final List<Line> content;
        final DocumentInfo info;

        Run(List<SourceLine> lines, DocumentInfo info) {
            this.info = info;
            this.all = new ArrayList<>(lines.size());
            List<Line> body = new ArrayList<>(lines.size());
            for (int i = 0; i < lines.size(); i++) {
                SourceLine l = lines.get(i);
                boolean furniture =
                        !l.hints().inBody() || Furniture.isFurniture(l.text().strip());
                Line line = new Line(i, l, furniture);
                all.add(line);
                if (!furniture) {
                    body.add(line);
                }
            }
            this.content = body;
        }

        AnnualReport run() {
            Front front = front();
            Set<String> knownIssuers = new LinkedHashSet<>(front.issuers);
            front.titleIssuer.ifPresent(knownIssuers::add);
            End end = end(front.next, knownIssuers);

            // where the body starts and the sign-off begins, as indexes into all lines
            int bodyFirst = front.next < end.bodyEnd ? content.get(front.next).index : bodyLimit(end);
            int bodyLimit = bodyLimit(end);

            // header: the lines front found, and furniture before the body, in document order
            List<Indexed<HeaderLine>> header = new ArrayList<>(front.header);
            for (int i = 0; i < bodyFirst; i++) {
                Line l = all.get(i);
                if (l.furniture) {
                    boolean afterTitle = front.titleAt >= 0 && l.index > front.titleAt;
                    header.add(new Indexed<>(
                            l.index,
                            new HeaderLine("", HeaderLineKind.FURNITURE, l.text, afterTitle, Optional.of(l.span()))));
                }
            }
            header.sort(Comparator.comparingInt(Indexed::index));

            List<Block> preamble = new ArrayList<>(front.runOn);
            List<Node> roots = new ArrayList<>();
            Deque<Node> open = new ArrayDeque<>();
            int cursor = bodyFirst;
            for (int ci = front.next; ci < end.bodyEnd; ci++) {
                Line line = content.get(ci);
                cursor = furnitureUpTo(cursor, line.index, open.isEmpty() ? preamble : open.peek().blocks);
                cursor = line.index + 1;
                Line prev = ci > front.next ? content.get(ci - 1) : null;
                Line next = ci + 1 < end.bodyEnd ? content.get(ci + 1) : null;
                Optional<Node> heading = heading(line, prev, next, open);
                if (heading.isPresent()) {
                    attach(heading.get(), roots, open);
                } else if (open.isEmpty()) {
                    preamble.add(Paragraph.of(line.text, line.span()));
                } else {
                    open.peek().blocks.add(Paragraph.of(line.text, line.span()));
                }
            }
            if (front.next < end.bodyEnd) {
                furnitureUpTo(cursor, bodyLimit, open.isEmpty() ? preamble : open.peek().blocks);
            }

            // from the sign-off on: the lines after it and furniture, in document order
            List<Block> trailing = new ArrayList<>();
            int ti = 0;
            for (int i = bodyLimit; i < all.size(); i++) {
                Line l = all.get(i);
                if (l.furniture) {
                    trailing.add(PageFurniture.of(l.text, l.span()));
                } else if (ti < end.trailing.size() && end.trailing.get(ti) == l) {
                    trailing.add(Paragraph.of(l.text, l.span()));
                    ti++;
                }
            }

            OptionalInt year = reportingYear(front.title, roots, preamble);
            List<Section> sections = new ArrayList<>(roots.size());
            for (Node root : roots) {
                sections.add(root.toSection(true, year));
            }

            List<String> issuers = new ArrayList<>(front.issuers);
            if (issuers.isEmpty() && front.titleIssuer.isPresent()) {
                issuers.addAll(titleIssuers(front.titleIssuer.get(), front.title, end.signOff));
            }
            if (issuers.isEmpty() && end.signOff.isPresent()) {
                for (String line : end.signOff.get().issuers()) {
                    issuers.addAll(splitIssuers(line));
                }
            }
            if (issuers.isEmpty()
                    && info.author().isPresent()
                    && isIssuerLike(info.author().get())) {
                issuers.add(info.author().get());
            }
            ReportMetadata.Builder metadata = ReportMetadata.builder()
                    .issuers(issuers)
                    .reportingYear(year)
                    .mainRecipients(front.recipients);
            front.documentNumber.ifPresent(metadata::documentNumber);
            front.signatory.ifPresent(metadata::signatory);
            disclosure().ifPresent(metadata::disclosure);
            return new AnnualReport(
                    metadata.build(),
                    header.stream().map(Indexed::value).toList(),
                    front.title,
                    preamble,
                    sections,
                    end.signOff,
                    trailing);
        }

        /** The index (into all lines) where the sign-off starts, or past the last line. */
        int bodyLimit(End end) {
            return end.bodyEnd < content.size() ? content.get(end.bodyEnd).index : all.size();
        }

        /** Adds the furniture lines in {@code [from, to)} to {@code into}; returns {@code to}. */
        int furnitureUpTo(int from, int to, List<Block> into) {
            for (int i = from; i < to && i < all.size(); i++) {
                Line l = all.get(i);
                if (l.furniture) {
                    into.add(PageFurniture.of(l.text, l.span()));
                }
            }
            return Math.max(from, to);
        }

        /** The publication record the document declares, else the date a furniture line gives. */
        Optional<Disclosure> disclosure() {
            if (info.disclosure().isPresent()) {
                return info.disclosure();
            }
            for (Line l : all) {
                if (l.furniture) {
                    Optional<LocalDate> date = Furniture.publicationDate(l.text);
                    if (date.isPresent()) {
                        return Optional.of(
                                new Disclosure(date, Optional.of(DisclosureChannel.PORTAL), Optional.empty()));
                    }
                }
            }
            return Optional.empty();
        }

        // --------------------------------------------------------------------------------------------
        // Header lines and title

        final class Front {
            final List<Indexed<HeaderLine>> header = new ArrayList<>();
            Optional<Title> title = Optional.empty();
            int titleAt = -1;
            Optional<String> titleIssuer = Optional.empty();
            final List<String> issuers = new ArrayList<>();
            final List<String> recipients = new ArrayList<>();
            Optional<String> documentNumber = Optional.empty();
            Optional<String> signatory = Optional.empty();
            /** The start of the preamble when the title ran into it on one line. */
            final List<Block> runOn = new ArrayList<>();

            boolean addresseeSeen;
            int next;

            void add(HeaderLineKind kind, Line line) {
                boolean afterTitle = title.isPresent() || addresseeSeen || kind == HeaderLineKind.ADDRESSEE;
                if (kind == HeaderLineKind.ADDRESSEE) {
                    addresseeSeen = true;
                }
                header.add(new Indexed<>(
                        line.index, new HeaderLine("", kind, line.text, afterTitle, Optional.of(line.span()))));
            }
        }

        Front front() {
            Front f = new Front();
            List<Line> pendingIssuers = new ArrayList<>();
            int i = 0;
            while (i < content.size()) {
                Line line = content.get(i);
                String t = line.text;
                if (isNumberedHeading(t)) {
                    break;
                }
                if (f.title.isEmpty() && !line.inTable()) {
                    int cut = titleRunOn(t);
                    if (cut > 0) {
                        // the title ran into the preamble when the line break was lost
                        flushIssuers(f, pendingIssuers);
                        Title title = Title.ofLines(List.of(t.substring(0, cut)), Optional.of(line.span(0, cut)));
                        f.title = Optional.of(title);
                        f.titleAt = line.index;
                        f.titleIssuer = titleIssuer(title, title.lines());
                        int body = cut;
                        while (body < t.length() && TextLines.isBlank(t.charAt(body))) {
                            body++;
                        }
                        f.runOn.add(Paragraph.of(t.substring(body), line.span(body, t.length())));
                        i++;
                        break;
                    }
                }
                if (isDocumentNumberLine(t)) {
                    flushIssuers(f, pendingIssuers);
                    f.add(HeaderLineKind.DOCUMENT_NUMBER, line);
                    documentNumber(t, f);
                    i++;
                    continue;
                }
                if (isAddresseeLine(t)) {
                    flushIssuers(f, pendingIssuers);
                    f.add(HeaderLineKind.ADDRESSEE, line);
                    f.recipients.addAll(recipients(t));
                    i++;
                    break;
                }
                boolean titleLike = isTitleLike(line);
                if (!titleLike && f.title.isEmpty() && line.hintedLevel().isPresent()) {
                    break; // a heading by its style: the body starts
                }
                boolean organAboveTitle = isIssuerLike(t)
                        && !t.contains(Lexicon.REPORT_DOCTYPE)
                        && i + 1 < content.size()
                        && isTitleLike(content.get(i + 1));
                if (f.title.isEmpty() && titleLike && !organAboveTitle) {
                    // Issuer lines printed right above the title line (no blank line between) are its first line.
                    int split = pendingIssuers.size();
                    Line below = line;
                    while (split > 0 && !below.blankBefore() && pendingIssuers.get(split - 1).index < below.index) {
                        split--;
                        below = pendingIssuers.get(split);
                    }
                    List<Line> titleLines = new ArrayList<>(pendingIssuers.subList(split, pendingIssuers.size()));
                    flushIssuers(f, new ArrayList<>(pendingIssuers.subList(0, split)));
                    pendingIssuers.clear();
                    titleLines.add(line);
                    i++;
                    // A title broken mid-phrase continues on the next line until it reads as a whole.
                    while (i < content.size() && titleContinues(titleLines, content.get(i))) {
                        titleLines.add(content.get(i));
                        i++;
                    }
                    List<String> texts = titleLines.stream().map(l -> l.text).toList();
                    SourceSpan span = titleLines.get(0).spanTo(titleLines.get(titleLines.size() - 1));
                    Title title = Title.ofLines(texts, Optional.of(span));
                    f.title = Optional.of(title);
                    f.titleAt = titleLines.get(0).index;
                    f.titleIssuer = titleIssuer(title, texts);
                    continue;
                }
                if (f.title.isEmpty() && isIssuerLike(t)) {
                    pendingIssuers.add(line);
                    i++;
                    continue;
                }
                if (f.title.isEmpty() && line.length() <= MAX_ISSUER && !t.contains("。") && titleAhead(i)) {
                    // 附件2, 特急 and the like above the title
                    flushIssuers(f, pendingIssuers);
                    f.add(HeaderLineKind.OTHER, line);
                    i++;
                    continue;
                }
                break;
            }
            flushIssuers(f, pendingIssuers);
            f.next = i;
            return f;
        }

        /** Whether a title-like line follows within the next three lines, before any heading. */
        boolean titleAhead(int i) {
            for (int k = i + 1; k < content.size() && k <= i + 3; k++) {
                Line l = content.get(k);
                if (isNumberedHeading(l.text)) {
                    return false;
                }
                if (isTitleLike(l)) {
                    return true;
                }
            }
            return false;
        }

        void flushIssuers(Front f, List<Line> pending) {
            for (Line l : pending) {
                f.add(HeaderLineKind.ISSUER, l);
                f.issuers.addAll(splitIssuers(l.text));
            }
            pending.clear();
        }

        boolean titleContinues(List<Line> titleLines, Line next) {
            String t = next.text;
            if (next.blankBefore()
                    || next.length() > MAX_TITLE_LINE
                    || hasSentencePunctuation(t)
                    || isNumberedHeading(t)
                    || isDocumentNumberLine(t)
                    || isAddresseeLine(t)) {
                return false;
            }
            Line last = titleLines.get(titleLines.size() - 1);
            if (last.text.endsWith(Lexicon.REPORT_DOCTYPE)) {
                return false;
            }
            // set as a title like the line above (centred, large) and not a date: the title goes on
            if (last.setAsTitle() && next.setAsTitle() && !isDateLine(t) && titleLines.size() < 4) {
                return true;
            }
            return t.endsWith(Lexicon.REPORT_DOCTYPE);
        }

        boolean isTitleLike(Line line) {
            String t = line.text;
            if (t.length() > MAX_TITLE_LINE || hasSentencePunctuation(t) || endsWithColon(t) || isDateLine(t)) {
                return false;
            }
            if (t.contains(Lexicon.REPORT_DOCTYPE) || Lexicon.containsAny(t, Lexicon.TITLE_TOPICS)) {
                return true;
            }
            // set as a title near the top, and not an organ's name above it
            return line.setAsTitle() && !isIssuerLike(t) && Lexicon.yearIn(t).isPresent();
        }

        // --------------------------------------------------------------------------------------------
        // Sign-off and what follows it

        final class End {
            /** Index into content where the sign-off starts (or content.size()). */
            int bodyEnd;

            Optional<SignOff> signOff = Optional.empty();
            final List<Line> trailing = new ArrayList<>();
        }

        End end(int bodyStart, Set<String> knownIssuers) {
            End e = new End();
            int n = content.size();
            e.bodyEnd = n;
            int dateAt = -1;
            for (int i = n - 1; i >= bodyStart && i >= n - SIGN_OFF_WINDOW; i--) {
                if (isDateLine(content.get(i).text)) {
                    dateAt = i;
                    break;
                }
            }
            if (dateAt >= 0) {
                int first = dateAt;
                while (first - 1 >= bodyStart
                        && dateAt - (first - 1) <= MAX_ISSUER_LINES
                        && isSignOffIssuer(content.get(first - 1).text, knownIssuers)) {
                    first--;
                }
                Line dateLine = content.get(dateAt);
                List<String> issuers = new ArrayList<>();
                for (int i = first; i < dateAt; i++) {
                    issuers.add(content.get(i).text);
                }
                e.signOff = Optional.of(new SignOff(
                        SignOff.ID,
                        issuers,
                        Optional.of(dateLine.text),
                        parseDate(dateLine.text),
                        Optional.of(content.get(first).spanTo(dateLine))));
                for (int i = dateAt + 1; i < n; i++) {
                    e.trailing.add(content.get(i));
                }
                e.bodyEnd = first;
                return e;
            }
            // Without a date, only lines that repeat a known issuer make a sign-off.
            int first = n;
            while (first - 1 >= bodyStart
                    && n - (first - 1) <= MAX_ISSUER_LINES - 1
                    && isSignOffIssuer(content.get(first - 1).text, knownIssuers)) {
                first--;
            }
            if (first < n && knownIssuers.contains(content.get(first).text)) {
                List<String> issuers = new ArrayList<>();
                for (int i = first; i < n; i++) {
                    issuers.add(content.get(i).text);
                }
                e.signOff = Optional.of(new SignOff(
                        SignOff.ID,
                        issuers,
                        Optional.empty(),
                        Optional.empty(),
                        Optional.of(content.get(first).spanTo(content.get(n - 1)))));
                e.bodyEnd = first;
            }
            return e;
        }

        // --------------------------------------------------------------------------------------------
        // Headings

        Optional<Node> heading(Line line, Line prev, Line next, Deque<Node> open) {
            if (line.inTable()) {
                return Optional.empty();
            }
            String t = line.text;
            Optional<Label> label = label(t);
            if (label.isPresent()) {
                return Optional.of(numbered(line, label.get()));
            }
            if (Lexicon.isInlineEnumeration(t)) {
                return Optional.empty(); // 一是… 二是… are items of a paragraph, never headings
            }
            OptionalInt hinted = line.hintedLevel();
            if (hinted.isPresent() && !line.titleStyle() && line.length() <= MAX_HINTED_HEADING) {
                int level = Math.min(Numbering.MAX_LEVEL, hinted.getAsInt());
                return Optional.of(new Node(level, OptionalInt.empty(), "", t, false, line.span()));
            }
            if (!isUnnumberedHeading(t)) {
                return Optional.empty();
            }
            boolean namesPart = SectionClassifier.classify(t) != SectionKind.THEMATIC;
            boolean aboveSubsections =
                    next != null && label(next.text).map(x -> x.level() == 2).orElse(false);
            boolean typeset = line.hints().bold() || line.hints().centred();
            boolean aboveBody = next != null
                    && label(next.text).isEmpty()
                    && readsAsBody(next.text)
                    && next.length() > line.length()
                    && (prev == null
                            || !isUnnumberedHeading(prev.text)
                            || label(prev.text).isPresent());
            if (!(namesPart || aboveSubsections || typeset || aboveBody)) {
                return Optional.empty();
            }
            // A heading that names a mandated part, stands above （一）, or stands where nothing is open is a
            // part of its own; after an unnumbered heading it is that heading's sibling; inside a numbered part
            // it is a sub-heading of what is open.
            int level = 1;
            if (!namesPart && !aboveSubsections && !open.isEmpty()) {
                Node o = open.peek();
                level = o.printed.isEmpty() ? o.level : Math.min(Numbering.MAX_LEVEL, o.level + 1);
            }
            return Optional.of(new Node(level, OptionalInt.empty(), "", t, false, line.span()));
        }

        /** A line of running text: it has a clause or sentence mark, or is longer than any heading. */
        boolean readsAsBody(String t) {
            return hasSentencePunctuation(t) || t.length() > MAX_TITLE_LINE;
        }

        Node numbered(Line line, Label l) {
            String t = line.text;
            int start = l.printed().length();
            while (start < t.length() && TextLines.isBlank(t.charAt(start))) {
                start++;
            }
            String rest = t.substring(start);
            int stop = firstSentenceEnd(rest);
            if (stop >= 0) {
                int after = start + stop + 1;
                int body = after;
                while (body < t.length() && TextLines.isBlank(t.charAt(body))) {
                    body++;
                }
                if (body < t.length() && stop + 1 <= MAX_HEADING) {
                    Node n = new Node(
                            l.level(), l.ordinal(), l.printed(), t.substring(start, after), true, line.span(0, after));
                    n.blocks.add(Paragraph.of(t.substring(body), line.span(body, t.length())));
                    return n;
                }
            }
            if (rest.length() > MAX_HEADING && start < t.length()) {
                // a numbered paragraph, not a heading: the label starts a section, the text is its paragraph
                Node n = new Node(l.level(), l.ordinal(), l.printed(), "", true, line.span(0, start));
                n.blocks.add(Paragraph.of(rest, line.span(start, t.length())));
                return n;
            }
            return new Node(l.level(), l.ordinal(), l.printed(), rest, false, line.span());
        }

        // --------------------------------------------------------------------------------------------
        // Reporting year

        /**
         * The year the report covers: from the title, else from the top-level headings (a plan heading names
         * the year after), else from the preamble's formula ({@code 现将……2022年法治政府建设工作情况报告如下}), else
         * from a preamble that opens with it ({@code 2021年，我办…}), else from the title the document declares.
         * Never from a cited document's name.
         */
        OptionalInt reportingYear(Optional<Title> title, List<Node> roots, List<Block> preamble) {
            if (title.isPresent()) {
                OptionalInt y = plausible(Lexicon.yearIn(title.get().text()));
                if (y.isPresent()) {
                    return y;
                }
            }
            for (Node root : roots) {
                OptionalInt y = plausible(Lexicon.yearIn(root.heading));
                if (y.isPresent()) {
                    boolean plan = SectionClassifier.classify(root.heading) == SectionKind.NEXT_YEAR_PLAN;
                    return plausible(OptionalInt.of(plan ? y.getAsInt() - 1 : y.getAsInt()));
                }
            }
            List<Paragraph> paragraphs = new ArrayList<>();
            for (Block b : preamble) {
                if (b instanceof Paragraph p) {
                    paragraphs.add(p);
                }
            }
            for (Paragraph p : paragraphs) {
                String t = p.text();
                int at = t.indexOf("如下");
                if (at >= 0) {
                    Matcher m = Lexicon.REPORTING_FORMULA.matcher(t.substring(Math.max(0, at - 100), at + 2));
                    while (m.find()) {
                        OptionalInt y = plausible(Lexicon.yearIn(m.group(1)));
                        if (y.isPresent()) {
                            return y;
                        }
                    }
                }
            }
            if (!paragraphs.isEmpty()) {
                String opening = paragraphs.get(0).text();
                opening = opening.length() > 12 ? opening.substring(0, 12) : opening;
                Matcher m = Lexicon.YEAR.matcher(opening);
                if (m.lookingAt()) {
                    return plausible(Lexicon.yearValue(m.group(1)));
                }
            }
            if (info.title().isPresent()) {
                return plausible(Lexicon.yearIn(info.title().get()));
            }
            return OptionalInt.empty();
        }
    }

    private record Indexed<T>(int index, T value) {}

    // ------------------------------------------------------------------------------------------------
    // The section tree

    /** A section while the tree is built. */
    private static final class Node {
        final int level;
        OptionalInt ordinal;
        final String printed;
        final String heading;
        final boolean runIn;
        final SourceSpan span;
        final List<Block> blocks = new ArrayList<>();
        final List<Node> children = new ArrayList<>();

        Node(int level, OptionalInt ordinal, String printed, String heading, boolean runIn, SourceSpan span) {
            this.level = level;
            this.ordinal = ordinal;
            this.printed = printed;
            this.heading = heading;
            this.runIn = runIn;
            this.span = span;
        }

        Section toSection(boolean top, OptionalInt year) {
            SectionKind kind;
            if (top) {
                kind = SectionClassifier.classify(heading, year);
                if (kind == SectionKind.THEMATIC && namesOnlyTheYear(year)) {
                    kind = SectionKind.MEASURES_AND_RESULTS;
                }
            } else {
                // below the top level only the first-responsible-person part counts
                kind = SectionClassifier.namesFirstResponsiblePerson(heading)
                        ? SectionKind.FIRST_RESPONSIBLE_PERSON
                        : SectionKind.THEMATIC;
            }
            List<Section> subs = new ArrayList<>(children.size());
            for (Node child : children) {
                subs.add(child.toSection(false, year));
            }
            return Section.builder()
                    .kind(kind)
                    .number(new Numbering(level, ordinal.orElse(1)))
                    .printedNumber(printed)
                    .heading(heading)
                    .runIn(runIn)
                    .blocks(blocks)
                    .subsections(subs)
                    .span(span)
                    .build();
        }

        /** A part headed by the reporting year's work ({@code 2021年清源街道法治政府建设工作}): the year's measures. */
        private boolean namesOnlyTheYear(OptionalInt year) {
            OptionalInt y = Lexicon.yearIn(heading);
            return year.isPresent() && y.isPresent() && y.getAsInt() == year.getAsInt();
        }
    }

    private static void attach(Node node, List<Node> roots, Deque<Node> open) {
        while (!open.isEmpty() && open.peek().level >= node.level) {
            open.pop();
        }
        List<Node> siblings = open.isEmpty() ? roots : open.peek().children;
        if (node.ordinal.isEmpty()) {
            int previous = siblings.isEmpty()
                    ? 0
                    : siblings.get(siblings.size() - 1).ordinal.orElse(0);
            node.ordinal = OptionalInt.of(Math.min(9999, previous + 1));
        }
        siblings.add(node);
        open.push(node);
    }

    // ------------------------------------------------------------------------------------------------
    // Line shapes

    /** A label, or a missing numeral ({@code 、坚持…}, {@code （）…}), at the start of a line. */
    private record Label(String printed, int level, OptionalInt ordinal) {}

    private static final List<String> EMPTY_BRACKETS = List.of("（）", "()", "（)", "(）");

    private static Optional<Label> label(String t) {
        String prefix = t.length() > 24 ? t.substring(0, 24) : t;
        Optional<NumberLabel> label = NumberLabel.parseAtStart(prefix);
        if (label.isPresent()) {
            NumberLabel l = label.get();
            return Optional.of(new Label(l.printed(), l.level(), OptionalInt.of(l.ordinal())));
        }
        if (t.length() > 1 && t.charAt(0) == '、' && t.charAt(1) != '、') {
            return Optional.of(new Label("、", 1, OptionalInt.empty()));
        }
        for (String empty : EMPTY_BRACKETS) {
            if (t.startsWith(empty) && t.length() > empty.length()) {
                return Optional.of(new Label(empty, 2, OptionalInt.empty()));
            }
        }
        return Optional.empty();
    }

    private static boolean isNumberedHeading(String t) {
        return label(t).isPresent();
    }

    /**
     * The end of a title that runs straight into the preamble on one line
     * ({@code ……关于2023年度法治政府建设情况的报告2023年，区政府……}), or -1: the line starts with a title (a topic
     * word, no punctuation, ending in a title's kind) and goes on.
     */
    static int titleRunOn(String t) {
        if (t.length() <= 8 || !hasSentencePunctuation(t)) {
            return -1;
        }
        int limit = Math.min(t.length(), MAX_TITLE_LINE);
        int end = -1;
        for (int i = 0; i < limit; i++) {
            if (SENTENCE_PUNCTUATION.indexOf(t.charAt(i)) >= 0 || t.charAt(i) == '：' || t.charAt(i) == ':') {
                break;
            }
            if (t.startsWith(Lexicon.REPORT_DOCTYPE, i)) {
                end = i + Lexicon.REPORT_DOCTYPE.length();
                break;
            }
        }
        if (end < 0 || end >= t.length()) {
            return -1;
        }
        String title = t.substring(0, end);
        String rest = t.substring(end);
        if (!Lexicon.containsAny(title, Lexicon.TITLE_TOPICS)
                || Lexicon.yearIn(title).isEmpty()) {
            return -1;
        }
        // what follows opens a preamble: a year (2023年，…) or an opening phrase (为…, 近年来, 今年以来)
        boolean opens = Lexicon.YEAR.matcher(rest).lookingAt()
                || Lexicon.startsWithAny(rest, Lexicon.PREAMBLE_OPENINGS).isPresent();
        return opens ? end : -1;
    }

    /** The issuer a title names before {@code 关于} or before its year, when that reads as an organ. */
    private static Optional<String> titleIssuer(Title title, List<String> lines) {
        if (lines.size() > 1 && isIssuerLike(lines.get(0))) {
            return Optional.of(lines.get(0));
        }
        String t = title.text();
        int cut = t.indexOf(Lexicon.ABOUT);
        Matcher year = Lexicon.YEAR.matcher(t);
        boolean hasYear = year.find();
        if (cut <= 0 && hasYear) {
            cut = year.start();
        }
        if (cut > 0) {
            String prefix = t.substring(0, cut).strip();
            return isIssuerLike(prefix) ? Optional.of(prefix) : Optional.empty();
        }
        // {Y}年{机关}法治政府建设情况报告
        int topic = t.indexOf("法治政府");
        if (hasYear && year.start() == 0 && topic > year.end()) {
            String organ = t.substring(year.end(), topic).strip();
            return isIssuerLike(organ) ? Optional.of(organ) : Optional.empty();
        }
        return Optional.empty();
    }

    /** A short line naming an organ: no punctuation, ends as organ names end. */
    private static boolean isIssuerLike(String t) {
        if (t.length() < 2 || t.length() > MAX_ISSUER || isNumberedHeading(t) || isDateLine(t)) {
            return false;
        }
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (SENTENCE_PUNCTUATION.indexOf(c) >= 0 || "：:、“”\"《》".indexOf(c) >= 0 || (c >= '0' && c <= '9')) {
                return false;
            }
        }
        for (String part : t.split("[\\s\u3000]+")) {
            if (!part.isEmpty() && !Lexicon.endsWithOrganSuffix(part)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The issuers a title names. A joint title runs its issuers together (on one line with a space, or over
     * two lines that join without one), so when the sign-off lists issuers that the title begins with, the
     * sign-off's list is the one to keep; otherwise the title's names, split at spaces.
     */
    private static List<String> titleIssuers(String titleIssuer, Optional<Title> title, Optional<SignOff> signOff) {
        if (signOff.isPresent() && title.isPresent()) {
            List<String> signed = new ArrayList<>();
            for (String line : signOff.get().issuers()) {
                signed.addAll(splitIssuers(line));
            }
            String joined = compact(String.join("", signed));
            if (!signed.isEmpty()
                    && compact(title.get().text()).startsWith(joined)
                    && joined.startsWith(compact(titleIssuer))) {
                return signed;
            }
        }
        return splitIssuers(titleIssuer);
    }

    private static String compact(String s) {
        return s.replaceAll("[\\s\u3000]+", "");
    }

    /** Joint issuers printed on one line separated by spaces. */
    private static List<String> splitIssuers(String line) {
        List<String> out = new ArrayList<>();
        for (String part : line.split("[\\s\u3000]+")) {
            if (!part.isEmpty()) {
                out.add(part);
            }
        }
        return out.isEmpty() ? List.of(line) : out;
    }

    private static boolean isDocumentNumberLine(String t) {
        if (t.length() > MAX_HEADER_LINE || t.contains("。")) {
            return false;
        }
        return t.contains("签发人") || DOCUMENT_NUMBER.matcher(t).find();
    }

    private static void documentNumber(String t, Run.Front f) {
        Matcher m = DOCUMENT_NUMBER.matcher(t);
        if (m.find()) {
            int start = m.start();
            while (start > 0 && !TextLines.isBlank(t.charAt(start - 1)) && "：:".indexOf(t.charAt(start - 1)) < 0) {
                start--;
            }
            f.documentNumber = Optional.of(t.substring(start, m.end()).strip());
        }
        int s = t.indexOf("签发人");
        if (s >= 0) {
            String rest = t.substring(s + 3).replaceFirst("^[\\s\u3000]*[：:]?[\\s\u3000]*", "");
            if (!rest.isBlank()) {
                f.signatory = Optional.of(rest.strip());
            }
        }
    }

    private static boolean isAddresseeLine(String t) {
        if (t.length() < 2 || t.length() > MAX_HEADER_LINE || !endsWithColon(t)) {
            return false;
        }
        if (t.contains("如下") || isNumberedHeading(t)) {
            return false;
        }
        for (int i = 0; i < t.length(); i++) {
            if ("。；;！!？?“”\"".indexOf(t.charAt(i)) >= 0) {
                return false;
            }
        }
        return true;
    }

    private static List<String> recipients(String t) {
        String names = t.substring(0, t.length() - 1);
        List<String> out = new ArrayList<>();
        for (String part : names.split("[、，,\\s\u3000]+")) {
            if (!part.isEmpty()) {
                out.add(part);
            }
        }
        return out;
    }

    private static boolean endsWithColon(String t) {
        return t.endsWith("：") || t.endsWith(":");
    }

    private static boolean hasSentencePunctuation(String t) {
        for (int i = 0; i < t.length(); i++) {
            if (SENTENCE_PUNCTUATION.indexOf(t.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSignOffIssuer(String t, Set<String> knownIssuers) {
        return knownIssuers.contains(t) || isIssuerLike(t);
    }

    private static boolean isDateLine(String t) {
        return t.length() <= 24 && DATE.matcher(normaliseDigits(t)).matches();
    }

    /** The value of a date line, when it is a real date. */
    static Optional<LocalDate> parseDate(String t) {
        Matcher m = DATE.matcher(normaliseDigits(t));
        if (!m.matches()) {
            return Optional.empty();
        }
        OptionalInt y = number(m.group(1));
        OptionalInt mo = number(m.group(2));
        OptionalInt d = number(m.group(3));
        if (y.isEmpty() || mo.isEmpty() || d.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(y.getAsInt(), mo.getAsInt(), d.getAsInt()));
        } catch (DateTimeException ex) {
            return Optional.empty();
        }
    }

    private static OptionalInt number(String s) {
        if (s.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return OptionalInt.of(Integer.parseInt(s));
        }
        return ChineseNumerals.parseDigits(s);
    }

    /** Full-width digits to ASCII, and the circles and letters typed for 〇 to 〇. */
    private static String normaliseDigits(String t) {
        StringBuilder out = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c >= '０' && c <= '９') {
                out.append((char) (c - '０' + '0'));
            } else if (c == '○' || c == 'Ｏ' || c == '◯' || c == 'О') {
                out.append('〇');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** A short line without punctuation that could be a heading printed without a number. */
    private static boolean isUnnumberedHeading(String t) {
        if (t.length() < 2
                || t.length() > MAX_UNNUMBERED_HEADING
                || endsWithColon(t)
                || isDateLine(t)
                || Lexicon.isInlineEnumeration(t)) {
            return false;
        }
        int cjk = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (SENTENCE_PUNCTUATION.indexOf(c) >= 0) {
                return false;
            }
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                cjk++;
            }
        }
        return cjk >= 2;
    }

    /**
     * The index of the sentence end ({@code 。！？}) that closes a run-in heading: the first one outside
     * quotes and brackets, or the first one at all when brackets do not balance. -1 when there is none.
     */
    static int firstSentenceEnd(String t) {
        int depth = 0;
        int firstAny = -1;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if ("“‘《（(【「『〔".indexOf(c) >= 0) {
                depth++;
            } else if ("”’》）)】」』〕".indexOf(c) >= 0) {
                depth = Math.max(0, depth - 1);
            } else if (SENTENCE_END.indexOf(c) >= 0) {
                if (depth == 0) {
                    return i;
                }
                if (firstAny < 0) {
                    firstAny = i;
                }
            }
        }
        return firstAny;
    }

    private static OptionalInt plausible(OptionalInt year) {
        return year.isPresent() && year.getAsInt() >= 1949 && year.getAsInt() <= 2999 ? year : OptionalInt.empty();
    }
}
