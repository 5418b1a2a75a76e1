package io.github.fazhi.docx.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Small helpers over a namespace-aware DOM of WordprocessingML (transitional or strict). */
final class Dom {

    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static final String W_STRICT = "http://purl.oclc.org/ooxml/wordprocessingml/main";
    static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";

    private Dom() {}

    static boolean isW(Node n) {
        String ns = n.getNamespaceURI();
        return W.equals(ns) || W_STRICT.equals(ns);
    }

    static String name(Node n) {
        String local = n.getLocalName();
        return local == null ? n.getNodeName() : local;
    }

    /** Whether {@code n} is the WordprocessingML element {@code local}. */
    static boolean is(Node n, String local) {
        return n instanceof Element && isW(n) && local.equals(name(n));
    }

    static List<Element> elements(Node parent) {
        List<Element> out = new ArrayList<>();
        for (Node c = parent.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element e) {
                out.add(e);
            }
        }
        return out;
    }

    static List<Element> children(Node parent, String local) {
        List<Element> out = new ArrayList<>();
        for (Node c = parent.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (is(c, local)) {
                out.add((Element) c);
            }
        }
        return out;
    }

    static Optional<Element> child(Node parent, String local) {
        for (Node c = parent.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (is(c, local)) {
                return Optional.of((Element) c);
            }
        }
        return Optional.empty();
    }

    /** The value of attribute {@code w:local} (either namespace), or "". */
    static String attr(Element e, String local) {
        String v = e.getAttributeNS(W, local);
        if (v.isEmpty()) {
            v = e.getAttributeNS(W_STRICT, local);
        }
        if (v.isEmpty()) {
            v = e.getAttribute("w:" + local);
        }
        return v;
    }

    static int intAttr(Element e, String local, int fallback) {
        try {
            return Integer.parseInt(attr(e, local).trim());
        } catch (NumberFormatException ex) {
            return fallback;
        }
    }

    /** An on/off attribute ({@code w:default="1"}); absent means off. */
    static boolean onOffAttr(Element e, String local) {
        String v = attr(e, local);
        return v.equals("1") || v.equals("true") || v.equals("on");
    }

    /** An on/off property: present without a value means on. */
    static boolean onOff(Element e) {
        String v = attr(e, "val");
        return !(v.equals("0") || v.equals("false") || v.equals("off"));
    }
}
