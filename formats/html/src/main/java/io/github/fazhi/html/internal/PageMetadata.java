package io.github.fazhi.html.internal;

import io.github.fazhi.core.Disclosure;
import io.github.fazhi.core.DisclosureChannel;
import io.github.fazhi.core.Lexicon;
import io.github.fazhi.core.read.DocumentInfo;
import io.github.fazhi.core.read.SourceText;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * What a published page says about the report outside its text: the meta tags the 政府网站发展指引
 * (国办发〔2017〕47号) has every government page carry ({@code ArticleTitle}, {@code PubDate},
 * {@code ContentSource}, {@code Url}), the page's address ({@code <link rel=canonical>}, {@code og:url}, a
 * browser's {@code saved from url} comment), and the information-disclosure table or line around the
 * article (索引号, 发布机构, 成文日期, 发布日期, 发布时间, 来源). The publication date and address, with
 * the channel {@link DisclosureChannel#PORTAL}, become the disclosure record, so the 1 April deadline can be
 * checked on a published page.
 */
final class PageMetadata {

    /**
     * The labels of the disclosure table and the article's info line: the lexicon's page-furniture fields
     * ({@code 索引号}, {@code 发布机构}, {@code 成文日期}, {@code 发布日期}, {@code 来源}…), spaces allowed between
     * their characters as tables print them ({@code 索 引 号}), each followed by a colon.
     */
    private static final Pattern LABEL =
            Pattern.compile("(" + alternatives(Lexicon.FURNITURE_FIELDS, "\\s*") + ")\\s*[:：]\\s*");

    /** Where a value in an info line ends: two spaces, a 【 button, or another field or control of the page. */
    private static final Pattern VALUE_END = Pattern.compile("\\s{2,}|\u3000{2,}|\\s*【|\\s+(?:"
            + alternatives(Lexicon.FURNITURE_FIELDS, "") + "|" + alternatives(Lexicon.FURNITURE_PHRASES, "") + ")");

    private static final Pattern DATE =
            Pattern.compile("((?:19|20)\\d{2})\\s*[-年/.]\\s*(\\d{1,2})\\s*[-月/.]\\s*(\\d{1,2})");

    private static final Pattern SAVED_FROM = Pattern.compile("saved from url=\\(\\d+\\)(https?://\\S+)");

    private PageMetadata() {}

    /**
     * The page's {@code <meta>} and {@code <link>} elements in document order, what
     * {@code getElementsByTag("meta")} and {@code ("link")} give, gathered in one walk of the page (each of
     * those walks the whole page).
     */
    record Tags(List<Element> metas, List<Element> links) {
        static Tags of(Document doc) {
            List<Element> metas = new java.util.ArrayList<>();
            List<Element> links = new java.util.ArrayList<>();
            org.jsoup.select.NodeTraversor.traverse(
                    (node, depth) -> {
                        if (node instanceof Element e) {
                            if (e.nameIs("meta")) {
                                metas.add(e);
                            } else if (e.nameIs("link")) {
                                links.add(e);
                            }
                        }
                    },
                    doc);
            return new Tags(metas, links);
        }
    }

    /**
     * The metadata of {@code doc}; {@code chrome} holds the texts of the page's blocks outside the article, in
     * order, {@code tags} its meta and link elements.
     */
    static DocumentInfo read(Document doc, List<String> chrome, Tags tags) {
        Map<String, String> labelled = labelled(chrome);
        DocumentInfo.Builder info = DocumentInfo.builder();
        List<Element> metas = tags.metas();
        String title = meta(metas, "ArticleTitle").orElseGet(() -> doc.title());
        if (!title.isBlank()) {
            info.title(SourceText.normalise(title));
        }
        Optional<String> author = meta(metas, "ContentSource")
                .or(() -> Optional.ofNullable(labelled.get("发布机构")))
                .or(() -> meta(metas, "author"))
                .or(() -> Optional.ofNullable(labelled.get("来源")));
        author.filter(a -> !a.isBlank()).ifPresent(a -> info.author(SourceText.normalise(a)));
        Optional.ofNullable(labelled.get("成文日期")).flatMap(PageMetadata::date).ifPresent(info::created);
        Optional<LocalDate> published = meta(metas, "PubDate")
                .flatMap(PageMetadata::date)
                .or(() -> Optional.ofNullable(labelled.get("发布日期")).flatMap(PageMetadata::date))
                .or(() -> Optional.ofNullable(labelled.get("发布时间")).flatMap(PageMetadata::date));
        Optional<String> url = url(doc, metas, tags.links());
        if (published.isPresent() || url.isPresent()) {
            info.disclosure(new Disclosure(published, Optional.of(DisclosureChannel.PORTAL), url));
        }
        return info.build();
    }

    /** Label → value from the chrome's texts: {@code 成文日期：2026-03-20} in one cell, or the value in the next. */
    static Map<String, String> labelled(List<String> chrome) {
        Map<String, String> out = new HashMap<>();
        for (int i = 0; i < chrome.size(); i++) {
            for (String cell : chrome.get(i).split("\t")) {
                Matcher m = LABEL.matcher(cell);
                int from = 0;
                while (m.find(from)) {
                    String label = m.group(1).replaceAll("\\s+", "").replace("\u3000", "");
                    int end = m.end();
                    Matcher next = LABEL.matcher(cell);
                    int stop = next.find(end) ? next.start() : cell.length();
                    String value = cell.substring(end, stop).strip();
                    if (value.isEmpty() && stop == cell.length()) {
                        value = nextValue(chrome, i, cell);
                    }
                    String key = normalise(label);
                    if (!value.isEmpty()) {
                        Matcher cut = VALUE_END.matcher(value);
                        out.putIfAbsent(key, (cut.find() ? value.substring(0, cut.start()) : value).strip());
                    }
                    from = Math.max(end, stop);
                    if (from >= cell.length()) {
                        break;
                    }
                }
            }
        }
        return out;
    }

    private static String nextValue(List<String> chrome, int line, String cell) {
        String[] cells = chrome.get(line).split("\t");
        for (int c = 0; c < cells.length - 1; c++) {
            if (cells[c].equals(cell)) {
                return cells[c + 1].strip();
            }
        }
        return "";
    }

    /** The field a label stands for, as this reader uses it: the organ, the date of issue, the publication date. */
    private static String normalise(String label) {
        return switch (label) {
            case "发文机关", "发文机构", "公开主体" -> "发布机构";
            case "发文日期" -> "成文日期";
            case "公开日期", "生成日期" -> "发布日期";
            case "信息来源", "文章来源", "稿件来源" -> "来源";
            case "发文字号" -> "文号";
            default -> label;
        };
    }

    /** The words as a regular-expression alternation, longest first, {@code between} between their characters. */
    private static String alternatives(List<String> words, String between) {
        List<String> sorted = new java.util.ArrayList<>(words);
        sorted.sort(java.util.Comparator.comparingInt(String::length).reversed());
        StringBuilder out = new StringBuilder();
        for (String w : sorted) {
            if (out.length() > 0) {
                out.append('|');
            }
            StringBuilder word = new StringBuilder();
            w.codePoints().forEach(cp -> {
                if (word.length() > 0) {
                    word.append(between);
                }
                word.append(Pattern.quote(new String(Character.toChars(cp))));
            });
            out.append(word);
        }
        return out.toString();
    }

    static Optional<LocalDate> date(String text) {
        Matcher m = DATE.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(
                    Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** The content of the first {@code <meta name=…>} of that name (any case) with some content, as {@code meta[name]} finds them. */
    private static Optional<String> meta(List<Element> metas, String name) {
        for (Element m : metas) {
            if (m.hasAttr("name")
                    && m.attr("name").equalsIgnoreCase(name)
                    && !m.attr("content").isBlank()) {
                return Optional.of(m.attr("content").strip());
            }
        }
        return Optional.empty();
    }

    /** Whether {@code e} has the attribute with that value (any case, trimmed), as {@code [key=value]} selects it. */
    private static boolean has(Element e, String key, String value) {
        return e.hasAttr(key) && e.attr(key).trim().equalsIgnoreCase(value);
    }

    private static Optional<String> url(Document doc, List<Element> metas, List<Element> links) {
        for (Element link : links) {
            if (!has(link, "rel", "canonical") || !link.hasAttr("href")) {
                continue;
            }
            Optional<String> u = absolute(link.attr("href"));
            if (u.isPresent()) {
                return u;
            }
        }
        for (Element m : metas) {
            if (!has(m, "property", "og:url") || !m.hasAttr("content")) {
                continue;
            }
            Optional<String> u = absolute(m.attr("content"));
            if (u.isPresent()) {
                return u;
            }
        }
        Optional<String> declared = meta(metas, "Url").flatMap(PageMetadata::absolute);
        if (declared.isPresent()) {
            return declared;
        }
        for (Node n : doc.childNodes()) {
            if (n instanceof Comment c) {
                Matcher m = SAVED_FROM.matcher(c.getData());
                if (m.find()) {
                    return absolute(m.group(1));
                }
            }
        }
        Element html = doc.selectFirst("html");
        if (html != null) {
            for (Node n : html.childNodes()) {
                if (n instanceof Comment c) {
                    Matcher m = SAVED_FROM.matcher(c.getData());
                    if (m.find()) {
                        return absolute(m.group(1));
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> absolute(String url) {
        String u = url.strip();
        return u.startsWith("http://") || u.startsWith("https://") ? Optional.of(u) : Optional.empty();
    }
}
