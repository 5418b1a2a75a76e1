package io.github.fazhi.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.XMLConstants;
import javax.xml.namespace.NamespaceContext;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The parts of a written DOCX as XML, for asserting on them with XPath (prefix {@code w}). */
final class DocxXml {

    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private final Map<String, byte[]> parts;

    DocxXml(byte[] docx) {
        parts = unzip(docx);
    }

    static Map<String, byte[]> unzip(byte[] docx) {
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (ZipInputStream zin = new ZipInputStream(new ByteArrayInputStream(docx))) {
            ZipEntry e;
            while ((e = zin.getNextEntry()) != null) {
                out.put(e.getName(), zin.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    Map<String, byte[]> parts() {
        return parts;
    }

    String text(String part) {
        byte[] b = parts.get(part);
        if (b == null) {
            throw new AssertionError("no part " + part + " in " + parts.keySet());
        }
        return new String(b, StandardCharsets.UTF_8);
    }

    Document dom(String part) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            return f.newDocumentBuilder()
                    .parse(new ByteArrayInputStream(text(part).getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError(part + " is not XML", e);
        }
    }

    String xpath(String part, String expr) {
        try {
            return (String) xp().evaluate(expr, dom(part), XPathConstants.STRING);
        } catch (Exception e) {
            throw new AssertionError(expr, e);
        }
    }

    List<Element> nodes(String part, String expr) {
        try {
            NodeList nl = (NodeList) xp().evaluate(expr, dom(part), XPathConstants.NODESET);
            List<Element> out = new ArrayList<>();
            for (int i = 0; i < nl.getLength(); i++) {
                out.add((Element) nl.item(i));
            }
            return out;
        } catch (Exception e) {
            throw new AssertionError(expr, e);
        }
    }

    static String evaluate(Element context, String expr) {
        try {
            return (String) xp().evaluate(expr, context, XPathConstants.STRING);
        } catch (Exception e) {
            throw new AssertionError(expr, e);
        }
    }

    static XPath xp() {
        XPath xp = XPathFactory.newInstance().newXPath();
        xp.setNamespaceContext(new NamespaceContext() {
            @Override
            public String getNamespaceURI(String prefix) {
                return switch (prefix) {
                    case "w" -> W;
                    case "r" -> "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
                    default -> XMLConstants.NULL_NS_URI;
                };
            }

            @Override
            public String getPrefix(String uri) {
                return null;
            }

            @Override
            public Iterator<String> getPrefixes(String uri) {
                return List.<String>of().iterator();
            }
        });
        return xp;
    }
}
