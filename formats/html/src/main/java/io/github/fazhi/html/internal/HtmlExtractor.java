package io.github.fazhi.html.internal;

import io.github.fazhi.core.ReportReadException;
import io.github.fazhi.core.read.DocumentInfo;
import io.github.fazhi.core.read.LineRegion;
import io.github.fazhi.core.read.SourceDocument;
import io.github.fazhi.core.read.SourceLine;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Turns a saved portal page into source lines: decodes and parses it ({@link PageDecoder}), finds the article
 * body ({@link ArticleFinder}) and the title above it, writes the page's lines ({@link PageLines}) and reads
 * its metadata ({@link PageMetadata}).
 */
public final class HtmlExtractor {

    private HtmlExtractor() {}

    /**
     * The lines and declared properties of the page in {@code content}.
     *
     * @throws ReportReadException when the page has no article text
     */
    public static SourceDocument extract(byte[] content, String source, HtmlMessages messages) {
        Document doc = PageDecoder.parse(content, "");
        Element body = doc.body();
        Optional<Element> article = ArticleFinder.find(body);
        if (article.isEmpty()) {
            throw ReportReadException.of(
                    source,
                    "",
                    messages.get(
                            HtmlMessages.Key.NO_ARTICLE,
                            body.text().replaceAll("\\s+", "").length()),
                    null);
        }
        PageMetadata.Tags tags = PageMetadata.Tags.of(doc);
        Optional<Element> title = title(doc, article.get(), tags.metas());
        PageLines.Result result = PageLines.read(body, article.get(), title);
        List<SourceLine> lines = dropRepeatedTitle(result.lines(), title.isPresent());
        DocumentInfo info = PageMetadata.read(doc, result.chrome(), tags);
        return new SourceDocument(source, "html", lines, info);
    }

    /**
     * The article's title above it on the page: the element whose text is the page's {@code ArticleTitle}
     * (or its {@code <title>}, or a part of it), else the last {@code h1} or {@code h2} before the article,
     * else the last element before it whose class names a title. {@code metas} are the page's {@code <meta>}
     * elements.
     */
    static Optional<Element> title(Document doc, Element article, List<Element> metas) {
        Set<Element> articleAncestors = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element p = article; p != null; p = p.parent()) {
            articleAncestors.add(p);
        }
        // the text length of every element before the article, bottom up in one pass that ends at the article
        // (only the article's ancestors end after it, and they are not before it)
        Map<Element, Integer> lengths = new IdentityHashMap<>();
        List<Element> before = new ArrayList<>();
        NodeTraversor.filter(
                new NodeFilter() {
                    @Override
                    public FilterResult head(Node node, int depth) {
                        return node == article ? FilterResult.STOP : FilterResult.CONTINUE;
                    }

                    @Override
                    public FilterResult tail(Node node, int depth) {
                        if (node instanceof Element e) {
                            int length = 0;
                            for (Node c : e.childNodes()) {
                                length += c instanceof TextNode t
                                        ? t.text().strip().length()
                                        : c instanceof Element ce ? lengths.getOrDefault(ce, 0) : 0;
                            }
                            lengths.put(e, length);
                            if (!articleAncestors.contains(e)) {
                                before.add(e);
                            }
                        }
                        return FilterResult.CONTINUE;
                    }
                },
                doc.body());
        // candidates: short texts, and of a chain of wrappers around one text only the innermost
        List<Element> candidates = new ArrayList<>();
        for (Element e : before) {
            int length = lengths.get(e);
            boolean wrapper = e.childrenSize() == 1
                    && lengths.getOrDefault(e.child(0), -1) == length
                    && e.textNodes().stream().allMatch(TextNode::isBlank);
            if (length >= 4 && length <= 300 && !wrapper) {
                candidates.add(e);
            }
        }
        List<String> wanted = new ArrayList<>();
        for (Element m : metas) {
            if (m.hasAttr("name") && m.attr("name").equalsIgnoreCase("ArticleTitle")) {
                wanted.add(squash(m.attr("content")));
            }
        }
        for (String part : doc.title().split("\\s+[-_|–—]\\s+|[_|]")) {
            wanted.add(squash(part));
        }
        wanted.removeIf(w -> w.length() < 4);
        for (String w : wanted) {
            for (int i = candidates.size() - 1; i >= 0; i--) {
                if (squash(candidates.get(i).text()).equals(w)) {
                    return Optional.of(candidates.get(i));
                }
            }
        }
        for (int i = candidates.size() - 1; i >= 0; i--) {
            Element e = candidates.get(i);
            if (e.normalName().equals("h1") || e.normalName().equals("h2")) {
                return Optional.of(e);
            }
        }
        for (int i = candidates.size() - 1; i >= 0; i--) {
            Element e = candidates.get(i);
            String cls =
                    e.className().toLowerCase(java.util.Locale.ROOT) + " " + e.id().toLowerCase(java.util.Locale.ROOT);
            if (cls.contains("title") && lengths.get(e) <= 120 && e.selectFirst("a") == null) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** When the article repeats its title as its first line, the title above it is page furniture. */
    private static List<SourceLine> dropRepeatedTitle(List<SourceLine> lines, boolean hasTitle) {
        if (!hasTitle) {
            return lines;
        }
        int titleAt = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).hints().region() == LineRegion.BODY) {
                titleAt = i;
                break;
            }
        }
        if (titleAt < 0) {
            return lines;
        }
        String title = squash(lines.get(titleAt).text());
        for (int i = titleAt + 1; i < lines.size(); i++) {
            SourceLine l = lines.get(i);
            if (l.hints().region() == LineRegion.BODY || l.hints().region() == LineRegion.TABLE) {
                if (squash(l.text()).equals(title)) {
                    List<SourceLine> out = new ArrayList<>(lines);
                    SourceLine above = lines.get(titleAt);
                    out.set(
                            titleAt,
                            above.withHints(above.hints().toBuilder()
                                    .region(LineRegion.FURNITURE)
                                    .build()));
                    return out;
                }
                return lines;
            }
        }
        return lines;
    }

    private static String squash(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
