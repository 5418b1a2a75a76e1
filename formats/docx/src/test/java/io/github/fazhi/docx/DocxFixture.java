package io.github.fazhi.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Hand-made DOCX packages for reader tests: a body, and optionally styles, numbering and notes. */
final class DocxFixture {

    static final String NS = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
            + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" "
            + "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" "
            + "xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\" "
            + "xmlns:v=\"urn:schemas-microsoft-com:vml\" "
            + "xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\" "
            + "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\"";

    private final Map<String, String> parts = new LinkedHashMap<>();
    /** Page headers and footers: file name to {type, xml}. */
    private final Map<String, String[]> headersFooters = new LinkedHashMap<>();

    private String documentXml = "";
    private String prolog = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>";

    static DocxFixture body(String bodyXml) {
        DocxFixture f = new DocxFixture();
        f.documentXml = "<w:document " + NS + "><w:body>" + bodyXml + "</w:body></w:document>";
        return f;
    }

    /** A paragraph with one run of {@code text}, and {@code pPr} inside its properties. */
    static String p(String pPr, String text) {
        return "<w:p>" + (pPr.isEmpty() ? "" : "<w:pPr>" + pPr + "</w:pPr>") + "<w:r><w:t xml:space=\"preserve\">"
                + text + "</w:t></w:r></w:p>";
    }

    static String p(String text) {
        return p("", text);
    }

    /** Replaces the whole document part, prolog included (for hostile XML). */
    DocxFixture rawDocument(String xml) {
        documentXml = xml;
        prolog = "";
        return this;
    }

    DocxFixture styles(String inner) {
        parts.put("styles", "<w:styles " + NS + ">" + inner + "</w:styles>");
        return this;
    }

    DocxFixture numbering(String inner) {
        parts.put("numbering", "<w:numbering " + NS + ">" + inner + "</w:numbering>");
        return this;
    }

    DocxFixture footnotes(String inner) {
        parts.put("footnotes", "<w:footnotes " + NS + ">" + inner + "</w:footnotes>");
        return this;
    }

    DocxFixture endnotes(String inner) {
        parts.put("endnotes", "<w:endnotes " + NS + ">" + inner + "</w:endnotes>");
        return this;
    }

    /** Adds a page header part ({@code w:hdr}) holding {@code inner}. */
    DocxFixture header(String inner) {
        headersFooters.put(
                "header" + (headersFooters.size() + 1),
                new String[] {"header", "<w:hdr " + NS + ">" + inner + "</w:hdr>"});
        return this;
    }

    /** Adds a page footer part ({@code w:ftr}) holding {@code inner}. */
    DocxFixture footer(String inner) {
        headersFooters.put(
                "footer" + (headersFooters.size() + 1),
                new String[] {"footer", "<w:ftr " + NS + ">" + inner + "</w:ftr>"});
        return this;
    }

    byte[] bytes() {
        StringBuilder types = new StringBuilder(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                        + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>");
        StringBuilder rels = new StringBuilder(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
        int id = 1;
        for (String name : parts.keySet()) {
            types.append("<Override PartName=\"/word/")
                    .append(name)
                    .append(".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.")
                    .append(name)
                    .append("+xml\"/>");
            rels.append("<Relationship Id=\"rId")
                    .append(id++)
                    .append("\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/")
                    .append(name)
                    .append("\" Target=\"")
                    .append(name)
                    .append(".xml\"/>");
        }
        for (Map.Entry<String, String[]> e : headersFooters.entrySet()) {
            String type = e.getValue()[0];
            types.append("<Override PartName=\"/word/")
                    .append(e.getKey())
                    .append(".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.")
                    .append(type)
                    .append("+xml\"/>");
            rels.append("<Relationship Id=\"rId")
                    .append(id++)
                    .append("\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/")
                    .append(type)
                    .append("\" Target=\"")
                    .append(e.getKey())
                    .append(".xml\"/>");
        }
        types.append("</Types>");
        rels.append("</Relationships>");
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("[Content_Types].xml", types.toString());
        entries.put(
                "_rels/.rels",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                        + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
                        + "</Relationships>");
        entries.put("word/document.xml", prolog + documentXml);
        entries.put("word/_rels/document.xml.rels", rels.toString());
        for (Map.Entry<String, String> e : parts.entrySet()) {
            entries.put("word/" + e.getKey() + ".xml", prolog + e.getValue());
        }
        for (Map.Entry<String, String[]> e : headersFooters.entrySet()) {
            entries.put("word/" + e.getKey() + ".xml", prolog + e.getValue()[1]);
        }
        return zip(entries);
    }

    static byte[] zip(Map<String, String> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> e : entries.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
