package io.github.fazhi.html.internal;

import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Finds a published page's article body: the editor container of the portal templates Chinese
 * governments use (TRS WCM's {@code .TRS_Editor} and {@code .TRS_UEDITOR}, Hanweb JCMS's {@code #zoom},
 * the 集约化平台's {@code #UCAP-CONTENT} and {@code .pages_content}, and the usual others), fazhi's own
 * {@code article.fz-report}, an {@code <article>} or {@code itemprop=articleBody}; else the block with the
 * most paragraph text that is not links. Format knowledge only: templates, not what a report says.
 */
final class ArticleFinder {

    /** Editor containers, most specific first. */
    static final List<String> CONTAINERS = List.of(
            "article.fz-report",
            ".TRS_Editor",
            ".TRS_UEDITOR",
            "#UCAP-CONTENT",
            "#zoom",
            ".pages_content",
            ".article-content",
            ".article_content",
            ".article_con",
            ".con_article",
            ".bt_content",
            "#infoContent",
            ".wenZhang",
            ".content_text",
            ".view",
            "[itemprop=articleBody]", // the only attribute rule: itemprop
            "article");

    /** A container with less text than this is a template's empty placeholder, not the body. */
    private static final int MIN_TEXT = 40;

    private ArticleFinder() {}

    static Optional<Element> find(Element body) {
        // one pass over the page: for each container rule, the matching elements
        List<List<Element>> matches = new java.util.ArrayList<>(CONTAINERS.size());
        for (int i = 0; i < CONTAINERS.size(); i++) {
            matches.add(new java.util.ArrayList<>());
        }
        for (Element e : body.getAllElements()) {
            String classes = e.attr("class");
            String id = e.hasAttr("id") ? e.id() : "";
            String itemprop = e.hasAttr("itemprop") ? e.attr("itemprop") : "";
            for (int i = 0; i < CONTAINERS.size(); i++) {
                if (RULES.get(i).matches(e.normalName(), classes, id, itemprop)) {
                    matches.get(i).add(e);
                }
            }
        }
        // fazhi's own report, whatever its length; then an editor container with some text in it; then any
        // container with text; then the densest block
        Optional<Element> own = best(matches.get(0), 1);
        if (own.isPresent()) {
            return own;
        }
        for (int minText : new int[] {MIN_TEXT, 1}) {
            for (List<Element> found : matches) {
                Optional<Element> best = best(found, minText);
                if (best.isPresent()) {
                    return best;
                }
            }
            Optional<Element> dense = densest(body);
            if (dense.isPresent()) {
                return dense;
            }
        }
        return Optional.empty();
    }

    /**
     * A rule of {@link #CONTAINERS}, taken apart once: {@code tag.class}, {@code .class}, {@code #id},
     * {@code [itemprop=value]} or a tag ({@code tag} or {@code value} empty where the rule has none).
     */
    private record Rule(char kind, String tag, String value) {
        static Rule of(String rule) {
            if (rule.startsWith(".")) {
                return new Rule('.', "", rule.substring(1));
            }
            if (rule.startsWith("#")) {
                return new Rule('#', "", rule.substring(1));
            }
            if (rule.startsWith("[itemprop=") && rule.endsWith("]")) {
                return new Rule('[', "", rule.substring("[itemprop=".length(), rule.length() - 1));
            }
            int dot = rule.indexOf('.');
            if (dot > 0) {
                return new Rule('t', rule.substring(0, dot), rule.substring(dot + 1));
            }
            return new Rule('t', rule, "");
        }

        /** Whether an element (its tag, its class attribute, its id and itemprop) matches. */
        boolean matches(String tag, String classes, String id, String itemprop) {
            return switch (kind) {
                case '.' -> hasClass(classes, value);
                case '#' -> id.equals(value);
                case '[' -> itemprop.equals(value);
                default -> tag.equals(this.tag) && (value.isEmpty() || hasClass(classes, value));
            };
        }
    }

    /**
     * Whether {@code name} (no whitespace in it) is one of the whitespace-separated names of a class
     * attribute: what {@code (" " + spaced(classes) + " ").contains(" " + name + " ")} tells, without building
     * either string.
     */
    static boolean hasClass(String classes, String name) {
        int n = classes.length();
        int len = name.length();
        int i = 0;
        while (i < n) {
            while (i < n && isSpace(classes.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !isSpace(classes.charAt(i))) {
                i++;
            }
            if (i - start == len && len > 0 && classes.startsWith(name, start)) {
                return true;
            }
        }
        return false;
    }

    private static final List<Rule> RULES = CONTAINERS.stream().map(Rule::of).toList();

    /** {@code classes} with each run of whitespace as one space (what {@code replaceAll("\\s+", " ")} gives). */
    static String spaced(String classes) {
        int n = classes.length();
        boolean plain = true;
        for (int i = 0; i < n && plain; i++) {
            char c = classes.charAt(i);
            if (isSpace(c) && (c != ' ' || (i + 1 < n && isSpace(classes.charAt(i + 1))))) {
                plain = false;
            }
        }
        if (plain) {
            return classes;
        }
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            char c = classes.charAt(i);
            if (isSpace(c)) {
                if (i == 0 || !isSpace(classes.charAt(i - 1))) {
                    b.append(' '); // the first of a run
                }
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** The chars {@code \\s} matches: space, tab, newline, vertical tab, form feed, carriage return. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static Optional<Element> best(List<Element> found, int minText) {
        if (found.size() == 1 && visibleChars(found.get(0), minText) >= minText) {
            return Optional.of(found.get(0)); // the only one, with text enough: no need to know how much
        }
        Element best = null;
        int bestLength = minText - 1;
        for (Element e : found) {
            int length = textLength(e);
            // an outer container holding the inner one (TRS_Editor > Custom_UnionStyle) wins ties
            if (length > bestLength) {
                best = e;
                bestLength = length;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The block whose direct paragraphs hold the most text that is not links. */
    private static Optional<Element> densest(Element body) {
        Element best = null;
        long bestScore = MIN_TEXT * 2L;
        for (Element e : body.getAllElements()) {
            if (!isBlockContainer(e)) {
                continue;
            }
            long score = 0;
            for (Element child : e.children()) {
                String tag = child.normalName();
                if (tag.equals("p")
                        || tag.equals("h2")
                        || tag.equals("h3")
                        || tag.equals("h4")
                        || tag.equals("blockquote")) {
                    score += textLength(child) - linkLength(child);
                }
            }
            for (Node n : e.childNodes()) {
                if (n instanceof TextNode t) {
                    score += t.text().strip().length();
                }
            }
            if (score > bestScore) {
                best = e;
                bestScore = score;
            }
        }
        return Optional.ofNullable(best);
    }

    private static boolean isBlockContainer(Element e) {
        return switch (e.normalName()) {
            case "div", "td", "section", "main", "article", "body", "font", "center" -> true;
            default -> false;
        };
    }

    static int textLength(Element e) {
        return e.text().length();
    }

    /**
     * A lower bound of {@link #textLength}, counted up to {@code enough}: the chars of the text nodes under
     * {@code e} that {@link Element#text()} keeps whatever surrounds them, those above U+0020 but for the
     * no-break space (made a space, which trimming may drop), the zero-width space and the soft hyphen
     * (dropped). Builds no string.
     */
    static int visibleChars(Element e, int enough) {
        int count = 0;
        Node node = e;
        int depth = 0;
        while (node != null) {
            if (node instanceof TextNode t) {
                String text = t.getWholeText();
                for (int i = 0; i < text.length(); i++) {
                    char c = text.charAt(i);
                    if (c > 0x20 && c != 0xA0 && c != 0x200B && c != 0xAD && ++count >= enough) {
                        return count;
                    }
                }
            }
            // the next node in document order within e, without recursion
            if (node.childNodeSize() > 0) {
                node = node.childNode(0);
                depth++;
                continue;
            }
            while (depth > 0 && node.nextSibling() == null) {
                node = node.parentNode();
                depth--;
            }
            node = depth == 0 ? null : node.nextSibling();
        }
        return count;
    }

    private static int linkLength(Element e) {
        int n = 0;
        for (Element a : e.getElementsByTag("a")) {
            n += a.text().length();
        }
        return n;
    }
}
