package io.github.fazhi.core.internal;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.Block;
import io.github.fazhi.core.ChineseNumerals;
import io.github.fazhi.core.HeaderLine;
import io.github.fazhi.core.HeaderLineKind;
import io.github.fazhi.core.NumberLabel;
import io.github.fazhi.core.Numbering;
import io.github.fazhi.core.Paragraph;
import io.github.fazhi.core.ReportMetadata;
import io.github.fazhi.core.Section;
import io.github.fazhi.core.SectionClassifier;
import io.github.fazhi.core.SectionKind;
import io.github.fazhi.core.SignOff;
import io.github.fazhi.core.SourceSpan;
import io.github.fazhi.core.Title;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the lines of a plain-text report into an {@link AnnualReport}: header lines and title, preamble,
 * the section tree, the sign-off and what follows it. Every non-blank line ends up in the model, as
 * what it is when that can be told and as a paragraph where it stood otherwise.
 *
 * <p>Work is linear in the input: every pattern runs on a bounded prefix of a line or on short lines
 * only, so huge lines and garbage cannot make it hang.
 */
public final class PlainTextParser {

    /** Header, title and sign-off lines are short; longer lines are body text. */
    private static final int MAX_ISSUER = 40;

    private static final int MAX_TITLE_LINE = 80;
    private static final int MAX_HEADER_LINE = 100;
    private static final int MAX_UNNUMBERED_HEADING = 30;
    /** How many lines from the end the sign-off date may stand (issuer lines, date, notes after it). */
    private static final int SIGN_OFF_WINDOW = 8;

    private static final int MAX_ISSUER_LINES = 4;

    /** Characters that end or split a sentence; a line holding one is body text, not a header line. */
    private static final String SENTENCE_PUNCTUATION = "。，,；;！!？?";

    private static final String SENTENCE_END = "。！？!?";

    private static final List<String> ORGAN_SUFFIXES = List.of(
            "政府", "局", "委员会", "委", "办公室", "办", "厅", "院", "部", "署", "处", "所", "中心", "站", "队", "街道", "办事处", "镇", "乡", "区",
            "县", "市", "省", "州", "旗", "盟", "管委会", "领导小组", "党组", "公司", "社", "会");

    private static final Pattern DOCUMENT_NUMBER =
            Pattern.compile("[〔\\[［【(（]\\s*(?:19|20)[0-9０-９]{2}\\s*[〕\\]］】)）]\\s*[0-9０-９]{1,5}\\s*号");
    private static final Pattern DATE = Pattern.compile("([0-9]{4}|[〇零一二三四五六七八九]{4})\\s*年\\s*"
            + "([0-9]{1,2}|[一二三四五六七八九十]{1,3})\\s*月\\s*([0-9]{1,2}|[一二三四五六七八九十]{1,3})\\s*日");
    private static final Pattern OPENING_YEAR = Pattern.compile("((?:19|20)[0-9]{2}|[〇零一二三四五六七八九]{4})\\s*年");

    private PlainTextParser() {}

    /**
     * Parses the lines of a document. Never fails: what cannot be placed becomes a paragraph.
     *
     * @param lines the non-blank lines, at least one
     */
    public static AnnualReport parse(List<TextLine> lines) {
        return run(lines);
    }

    // ------------------------------------------------------------------------------------------------
    // Whole document

    private static AnnualReport run(List<TextLine> lines) {
        Front front = front(lines);
        Set<String> knownIssuers = new LinkedHashSet<>(front.issuers);
        front.titleIssuer.ifPresent(knownIssuers::add);
        End end = end(lines, front.next, knownIssuers);

        List<Block> preamble = new ArrayList<>();
        List<Node> roots = new ArrayList<>();
        Deque<Node> open = new ArrayDeque<>();
        for (int i = front.next; i < end.bodyEnd; i++) {
            TextLine line = lines.get(i);
            Optional<Node> heading = heading(line, i + 1 < end.bodyEnd ? lines.get(i + 1) : null);
            if (heading.isPresent()) {
                attach(heading.get(), roots, open);
            } else if (open.isEmpty()) {
                preamble.add(Paragraph.of(line.text(), line.span()));
            } else {
                open.peek().blocks.add(Paragraph.of(line.text(), line.span()));
            }
        }

        OptionalInt year = reportingYear(front.title, roots, preamble);
        List<Section> sections = new ArrayList<>(roots.size());
        for (Node root : roots) {
            sections.add(root.toSection(true, year));
        }

        List<String> issuers = new ArrayList<>(front.issuers);
        if (issuers.isEmpty() && front.titleIssuer.isPresent()) {
            issuers.add(front.titleIssuer.get());
        }
        if (issuers.isEmpty() && end.signOff.isPresent()) {
            for (String line : end.signOff.get().issuers()) {
                issuers.addAll(splitIssuers(line));
            }
        }
        ReportMetadata.Builder metadata =
                ReportMetadata.builder().issuers(issuers).reportingYear(year).mainRecipients(front.recipients);
        front.documentNumber.ifPresent(metadata::documentNumber);
        front.signatory.ifPresent(metadata::signatory);
        return new AnnualReport(
                metadata.build(), front.header, front.title, preamble, sections, end.signOff, end.trailing);
    }

    // ------------------------------------------------------------------------------------------------
    // Header lines and title

    private static final class Front {
        final List<HeaderLine> header = new ArrayList<>();
        Optional<Title> title = Optional.empty();
        Optional<String> titleIssuer = Optional.empty();
        final List<String> issuers = new ArrayList<>();
        final List<String> recipients = new ArrayList<>();
        Optional<String> documentNumber = Optional.empty();
        Optional<String> signatory = Optional.empty();
        boolean addresseeSeen;
        int next;

        void add(HeaderLineKind kind, TextLine line) {
            boolean afterTitle = title.isPresent() || addresseeSeen || kind == HeaderLineKind.ADDRESSEE;
            if (kind == HeaderLineKind.ADDRESSEE) {
                addresseeSeen = true;
            }
            header.add(new HeaderLine("", kind, line.text(), afterTitle, Optional.of(line.span())));
        }
    }

    private static Front front(List<TextLine> lines) {
        Front f = new Front();
        List<TextLine> pendingIssuers = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            TextLine line = lines.get(i);
            String t = line.text();
            if (isNumberedHeading(t)) {
                break;
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
            boolean organAboveTitle = isIssuerLike(t)
                    && !t.contains("报告")
                    && i + 1 < lines.size()
                    && isTitleLike(lines.get(i + 1).text());
            if (f.title.isEmpty() && isTitleLike(t) && !organAboveTitle) {
                // Issuer lines printed right above the title line (no blank line between) are its first line.
                int split = pendingIssuers.size();
                TextLine below = line;
                while (split > 0
                        && !below.blankBefore()
                        && pendingIssuers.get(split - 1).number() < below.number()) {
                    split--;
                    below = pendingIssuers.get(split);
                }
                List<TextLine> titleLines = new ArrayList<>(pendingIssuers.subList(split, pendingIssuers.size()));
                flushIssuers(f, new ArrayList<>(pendingIssuers.subList(0, split)));
                pendingIssuers.clear();
                titleLines.add(line);
                i++;
                // A title broken mid-phrase continues on the next line until it reads as a whole.
                while (i < lines.size() && titleContinues(titleLines, lines.get(i))) {
                    titleLines.add(lines.get(i));
                    i++;
                }
                List<String> texts = titleLines.stream().map(TextLine::text).toList();
                SourceSpan span = titleLines.get(0).spanTo(titleLines.get(titleLines.size() - 1));
                Title title = Title.ofLines(texts, Optional.of(span));
                f.title = Optional.of(title);
                f.titleIssuer = titleIssuer(title, texts);
                continue;
            }
            if (f.title.isEmpty() && isIssuerLike(t)) {
                pendingIssuers.add(line);
                i++;
                continue;
            }
            if (f.title.isEmpty() && line.length() <= MAX_ISSUER && !t.contains("。") && titleAhead(lines, i)) {
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
    private static boolean titleAhead(List<TextLine> lines, int i) {
        for (int k = i + 1; k < lines.size() && k <= i + 3; k++) {
            String t = lines.get(k).text();
            if (isNumberedHeading(t)) {
                return false;
            }
            if (isTitleLike(t)) {
                return true;
            }
        }
        return false;
    }

    private static void flushIssuers(Front f, List<TextLine> pending) {
        for (TextLine l : pending) {
            f.add(HeaderLineKind.ISSUER, l);
            f.issuers.addAll(splitIssuers(l.text()));
        }
        pending.clear();
    }

    private static boolean titleContinues(List<TextLine> titleLines, TextLine next) {
        String sofar = titleLines.stream().map(TextLine::text).reduce("", String::concat);
        String t = next.text();
        return !next.blankBefore()
                && !sofar.endsWith("报告")
                && t.endsWith("报告")
                && next.length() <= MAX_TITLE_LINE
                && !hasSentencePunctuation(t)
                && !isNumberedHeading(t)
                && !isDocumentNumberLine(t)
                && !isAddresseeLine(t);
    }

    /** The issuer a title names before {@code 关于} or before its year, when that reads as an organ. */
    private static Optional<String> titleIssuer(Title title, List<String> lines) {
        if (lines.size() > 1 && isIssuerLike(lines.get(0))) {
            return Optional.of(lines.get(0));
        }
        String t = title.text();
        int cut = t.indexOf("关于");
        Matcher year = OPENING_YEAR.matcher(t);
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
            int from = year.end();
            if (t.startsWith("度", from)) {
                from++;
            }
            String organ = t.substring(from, topic).strip();
            return isIssuerLike(organ) ? Optional.of(organ) : Optional.empty();
        }
        return Optional.empty();
    }

    private static boolean isTitleLike(String t) {
        return t.length() <= MAX_TITLE_LINE
                && !hasSentencePunctuation(t)
                && !endsWithColon(t)
                && !isDateLine(t)
                && (t.contains("报告") || t.contains("法治政府") || t.contains("法治建设") || t.contains("依法行政"));
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
            if (!part.isEmpty() && !endsWithOrganSuffix(part)) {
                return false;
            }
        }
        return true;
    }

    private static boolean endsWithOrganSuffix(String t) {
        for (String suffix : ORGAN_SUFFIXES) {
            if (t.endsWith(suffix) && t.length() > suffix.length()) {
                return true;
            }
        }
        return false;
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

    private static void documentNumber(String t, Front f) {
        Matcher m = DOCUMENT_NUMBER.matcher(t);
        if (m.find()) {
            int start = m.start();
            while (start > 0 && !TextLine.isBlank(t.charAt(start - 1)) && "：:".indexOf(t.charAt(start - 1)) < 0) {
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

    // ------------------------------------------------------------------------------------------------
    // Sign-off and what follows it

    private static final class End {
        int bodyEnd;
        Optional<SignOff> signOff = Optional.empty();
        final List<Block> trailing = new ArrayList<>();
    }

    private static End end(List<TextLine> lines, int bodyStart, Set<String> knownIssuers) {
        End e = new End();
        e.bodyEnd = lines.size();
        int dateAt = -1;
        for (int i = lines.size() - 1; i >= bodyStart && i >= lines.size() - SIGN_OFF_WINDOW; i--) {
            if (isDateLine(lines.get(i).text())) {
                dateAt = i;
                break;
            }
        }
        if (dateAt >= 0) {
            int first = dateAt;
            while (first - 1 >= bodyStart
                    && dateAt - (first - 1) <= MAX_ISSUER_LINES
                    && isSignOffIssuer(lines.get(first - 1).text(), knownIssuers)) {
                first--;
            }
            TextLine dateLine = lines.get(dateAt);
            List<String> issuers = new ArrayList<>();
            for (int i = first; i < dateAt; i++) {
                issuers.add(lines.get(i).text());
            }
            e.signOff = Optional.of(new SignOff(
                    SignOff.ID,
                    issuers,
                    Optional.of(dateLine.text()),
                    parseDate(dateLine.text()),
                    Optional.of(lines.get(first).spanTo(dateLine))));
            for (int i = dateAt + 1; i < lines.size(); i++) {
                e.trailing.add(Paragraph.of(lines.get(i).text(), lines.get(i).span()));
            }
            e.bodyEnd = first;
            return e;
        }
        // Without a date, only lines that repeat a known issuer make a sign-off.
        int first = lines.size();
        while (first - 1 >= bodyStart
                && lines.size() - (first - 1) <= MAX_ISSUER_LINES - 1
                && isSignOffIssuer(lines.get(first - 1).text(), knownIssuers)) {
            first--;
        }
        if (first < lines.size() && knownIssuers.contains(lines.get(first).text())) {
            List<String> issuers = new ArrayList<>();
            for (int i = first; i < lines.size(); i++) {
                issuers.add(lines.get(i).text());
            }
            e.signOff = Optional.of(new SignOff(
                    SignOff.ID,
                    issuers,
                    Optional.empty(),
                    Optional.empty(),
                    Optional.of(lines.get(first).spanTo(lines.get(lines.size() - 1)))));
            e.bodyEnd = first;
        }
        return e;
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

    // ------------------------------------------------------------------------------------------------
    // Headings and the section tree

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
            SectionKind kind = SectionClassifier.classify(heading, year);
            if (!top && kind != SectionKind.FIRST_RESPONSIBLE_PERSON) {
                kind = SectionKind.THEMATIC;
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

    /** A label, or a missing numeral ({@code 、坚持…}, {@code （）…}), at the start of a line. */
    private record Label(String printed, int level, OptionalInt ordinal) {}

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
        for (String empty : List.of("（）", "()", "（)", "(）")) {
            if (t.startsWith(empty) && t.length() > empty.length()) {
                return Optional.of(new Label(empty, 2, OptionalInt.empty()));
            }
        }
        return Optional.empty();
    }

    private static boolean isNumberedHeading(String t) {
        return label(t).isPresent();
    }

    private static Optional<Node> heading(TextLine line, TextLine next) {
        String t = line.text();
        Optional<Label> label = label(t);
        if (label.isPresent()) {
            Label l = label.get();
            int start = l.printed().length();
            while (start < t.length() && TextLine.isBlank(t.charAt(start))) {
                start++;
            }
            String rest = t.substring(start);
            int stop = firstSentenceEnd(rest);
            if (stop >= 0) {
                int after = start + stop + 1;
                int body = after;
                while (body < t.length() && TextLine.isBlank(t.charAt(body))) {
                    body++;
                }
                if (body < t.length()) {
                    Node n = new Node(
                            l.level(), l.ordinal(), l.printed(), t.substring(start, after), true, line.span(0, after));
                    n.blocks.add(Paragraph.of(t.substring(body), line.span(body, t.length())));
                    return Optional.of(n);
                }
            }
            return Optional.of(new Node(l.level(), l.ordinal(), l.printed(), rest, false, line.span()));
        }
        if (isUnnumberedHeading(t)
                && (SectionClassifier.classify(t) != SectionKind.THEMATIC
                        || (next != null
                                && label(next.text()).map(x -> x.level() == 2).orElse(false)))) {
            return Optional.of(new Node(1, OptionalInt.empty(), "", t, false, line.span()));
        }
        return Optional.empty();
    }

    /** A short line without punctuation that could be a heading printed without a number. */
    private static boolean isUnnumberedHeading(String t) {
        if (t.length() < 2 || t.length() > MAX_UNNUMBERED_HEADING || endsWithColon(t) || isDateLine(t)) {
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

    // ------------------------------------------------------------------------------------------------
    // Reporting year

    /**
     * The year the report covers: from the title, else from the top-level headings (a plan heading names
     * the year after), else from a preamble that opens with it ({@code 2021年，我办…}). Never from a cited
     * document's name.
     */
    private static OptionalInt reportingYear(Optional<Title> title, List<Node> roots, List<Block> preamble) {
        if (title.isPresent()) {
            OptionalInt y = plausible(SectionClassifier.yearIn(title.get().text()));
            if (y.isPresent()) {
                return y;
            }
        }
        for (Node root : roots) {
            OptionalInt y = plausible(SectionClassifier.yearIn(root.heading));
            if (y.isPresent()) {
                boolean plan = SectionClassifier.classify(root.heading) == SectionKind.NEXT_YEAR_PLAN;
                return plausible(OptionalInt.of(plan ? y.getAsInt() - 1 : y.getAsInt()));
            }
        }
        if (!preamble.isEmpty()) {
            String opening = preamble.get(0).text();
            opening = opening.length() > 12 ? opening.substring(0, 12) : opening;
            Matcher m = OPENING_YEAR.matcher(normaliseDigits(opening));
            if (m.lookingAt()) {
                return plausible(number(m.group(1)));
            }
        }
        return OptionalInt.empty();
    }

    private static OptionalInt plausible(OptionalInt year) {
        return year.isPresent() && year.getAsInt() >= 1949 && year.getAsInt() <= 2999 ? year : OptionalInt.empty();
    }
}
