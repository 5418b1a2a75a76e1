package io.github.fazhi.pdf.internal.render;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.paged.FontFace;
import io.github.fazhi.paged.LaidOutReport;
import io.github.fazhi.paged.LaidOutReport.Page;
import io.github.fazhi.paged.LaidOutReport.Run;
import io.github.fazhi.paged.LaidOutReport.StructureNode;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import javax.xml.transform.TransformerException;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDParentTreeValue;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.apache.pdfbox.util.Matrix;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.type.BadFieldValueException;
import org.apache.xmpbox.xml.XmpSerializer;

/**
 * Paints a {@link LaidOutReport} with PDFBox: fonts as Type 0 subsets, every run at its place, the structure tree
 * and bookmarks, the document information and, for PDF/A-2b, XMP metadata and an sRGB output intent (the ICC
 * profile the JDK itself provides, {@code ICC_Profile.getInstance(ColorSpace.CS_sRGB)}).
 */
public final class PdfPainter {

    private static final String PRODUCER = "fazhi (Apache PDFBox)";
    private static final String LANGUAGE = "zh-CN";

    private PdfPainter() {}

    /** Writes {@code laid} as a PDF to {@code out}. */
    public static void paint(AnnualReport report, LaidOutReport laid, boolean pdfA, Instant created, OutputStream out)
            throws IOException {
        List<FontFace.Opened> opened = new ArrayList<>();
        try (PDDocument doc = new PDDocument()) {
            doc.setVersion(1.7f);
            Map<FontFace, PDType0Font> fonts = new HashMap<>();
            for (FontFace f : laid.usedFaces()) {
                FontFace.Opened o = f.open();
                opened.add(o);
                fonts.put(f, PDType0Font.load(doc, o.font(), true));
            }
            PDDocumentCatalog catalog = doc.getDocumentCatalog();
            PDStructureTreeRoot root = new PDStructureTreeRoot();
            catalog.setStructureTreeRoot(root);
            PDStructureElement document = new PDStructureElement("Document", root);
            document.setLanguage(LANGUAGE);
            root.appendKid(document);
            List<PDStructureElement> elements = new ArrayList<>();
            for (StructureNode n : laid.structure()) {
                PDStructureElement e = new PDStructureElement(n.tag(), document);
                document.appendKid(e);
                elements.add(e);
            }
            Map<Integer, PDParentTreeValue> parentTree = new HashMap<>();
            List<PDPage> pages = new ArrayList<>();
            float h = (float) laid.pageHeight();
            for (Page p : laid.pages()) {
                PDPage page = new PDPage(new PDRectangle((float) laid.pageWidth(), h));
                doc.addPage(page);
                pages.add(page);
                int key = pages.size() - 1;
                page.setStructParents(key);
                COSArray parents = new COSArray();
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    int mcid = 0;
                    for (Run r : p.runs()) {
                        if (r.node() < 0) {
                            COSDictionary props = new COSDictionary();
                            props.setName(COSName.TYPE, "Pagination");
                            cs.beginMarkedContent(COSName.ARTIFACT, PDPropertyList.create(props));
                        } else {
                            PDStructureElement e = elements.get(r.node());
                            cs.beginMarkedContent(COSName.getPDFName(e.getStructureType()), mcid);
                            PDMarkedContentReference mcr = new PDMarkedContentReference();
                            mcr.setMCID(mcid);
                            mcr.setPage(page);
                            e.appendKid(mcr);
                            parents.add(e);
                            mcid++;
                        }
                        show(cs, fonts.get(r.face()), r, h);
                        cs.endMarkedContent();
                    }
                }
                parentTree.put(key, new PDParentTreeValue(parents));
            }
            PDNumberTreeNode tree = new PDNumberTreeNode(PDParentTreeValue.class);
            tree.setNumbers(parentTree);
            root.setParentTree(tree);
            root.setParentTreeNextKey(pages.size());
            PDMarkInfo mark = new PDMarkInfo();
            mark.setMarked(true);
            catalog.setMarkInfo(mark);
            catalog.setLanguage(LANGUAGE);
            PDViewerPreferences prefs = new PDViewerPreferences(new COSDictionary());
            prefs.setDisplayDocTitle(true);
            catalog.setViewerPreferences(prefs);
            bookmarks(laid, catalog, pages, h);

            Calendar when = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
            when.setTimeInMillis(created.truncatedTo(ChronoUnit.SECONDS).toEpochMilli());
            String title = report.title().map(t -> t.text()).orElse("");
            String author = String.join("、", report.metadata().issuers());
            PDDocumentInformation info = doc.getDocumentInformation();
            if (!title.isEmpty()) {
                info.setTitle(title);
            }
            if (!author.isEmpty()) {
                info.setAuthor(author);
            }
            info.setCreator("fazhi");
            info.setProducer(PRODUCER);
            info.setCreationDate(when);
            if (pdfA) {
                pdfA(doc, title, author, when);
            }
            doc.save(out);
        } finally {
            for (FontFace.Opened o : opened) {
                o.close();
            }
        }
    }

    private static void show(PDPageContentStream cs, PDType0Font font, Run r, float pageHeight) throws IOException {
        int[] cps = r.codePoints();
        double[] x = r.x();
        double size = r.size();
        List<Object> parts = new ArrayList<>(cps.length * 2);
        for (int i = 0; i < cps.length; i++) {
            String s = new String(Character.toChars(cps[i]));
            parts.add(s);
            if (i + 1 < cps.length) {
                double natural = font.getStringWidth(s) / 1000.0 * size;
                double wanted = x[i + 1] - x[i];
                float adjust = (float) ((natural - wanted) * 1000.0 / size);
                if (Math.abs(adjust) > 0.01f) {
                    parts.add(adjust);
                }
            }
        }
        cs.beginText();
        cs.setFont(font, (float) size);
        cs.setTextMatrix(Matrix.getTranslateInstance((float) x[0], (float) (pageHeight - r.baseline())));
        cs.showTextWithPositioning(parts.toArray());
        cs.endText();
    }

    private static void bookmarks(LaidOutReport laid, PDDocumentCatalog catalog, List<PDPage> pages, float h) {
        Map<Integer, StringBuilder> text = new HashMap<>();
        Map<Integer, PDPageXYZDestination> where = new HashMap<>();
        for (int p = 0; p < laid.pages().size(); p++) {
            for (Run r : laid.pages().get(p).runs()) {
                if (r.node() < 0 || !laid.structure().get(r.node()).tag().startsWith("H")) {
                    continue;
                }
                text.computeIfAbsent(r.node(), k -> new StringBuilder()).append(r.text());
                if (!where.containsKey(r.node())) {
                    PDPageXYZDestination d = new PDPageXYZDestination();
                    d.setPage(pages.get(p));
                    d.setTop((int) Math.round(h - r.baseline() + r.size()));
                    where.put(r.node(), d);
                }
            }
        }
        if (text.isEmpty()) {
            return;
        }
        PDDocumentOutline outline = new PDDocumentOutline();
        catalog.setDocumentOutline(outline);
        PDOutlineNode[] open = new PDOutlineNode[8];
        int[] levels = new int[8];
        int depth = 0;
        open[0] = outline;
        for (int n = 0; n < laid.structure().size(); n++) {
            if (!text.containsKey(n)) {
                continue;
            }
            int level = Integer.parseInt(laid.structure().get(n).tag().substring(1));
            while (depth > 0 && levels[depth] >= level) {
                depth--;
            }
            PDOutlineItem item = new PDOutlineItem();
            item.setTitle(text.get(n).toString());
            item.setDestination(where.get(n));
            open[depth].addLast(item);
            if (depth + 1 < open.length) {
                depth++;
                open[depth] = item;
                levels[depth] = level;
            }
        }
        outline.openNode();
    }

    private static void pdfA(PDDocument doc, String title, String author, Calendar when) throws IOException {
        XMPMetadata xmp = XMPMetadata.createXMPMetadata();
        try {
            DublinCoreSchema dc = xmp.createAndAddDublinCoreSchema();
            if (!title.isEmpty()) {
                dc.setTitle(title);
            }
            if (!author.isEmpty()) {
                dc.addCreator(author);
            }
            dc.addLanguage(LANGUAGE);
            PDFAIdentificationSchema id = xmp.createAndAddPDFAIdentificationSchema();
            id.setPart(2);
            id.setConformance("B");
            XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
            basic.setCreateDate(when);
            basic.setCreatorTool("fazhi");
            AdobePDFSchema pdf = xmp.createAndAddAdobePDFSchema();
            pdf.setProducer(PRODUCER);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            new XmpSerializer().serialize(xmp, bytes, true);
            PDMetadata metadata = new PDMetadata(doc);
            metadata.importXMPMetadata(bytes.toByteArray());
            doc.getDocumentCatalog().setMetadata(metadata);
        } catch (BadFieldValueException | TransformerException e) {
            throw new IOException("cannot write the PDF/A metadata", e);
        }
        byte[] icc = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
        PDOutputIntent intent = new PDOutputIntent(doc, new ByteArrayInputStream(icc));
        intent.setInfo("sRGB IEC61966-2.1");
        intent.setOutputCondition("sRGB IEC61966-2.1");
        intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
        intent.setRegistryName("http://www.color.org");
        doc.getDocumentCatalog().addOutputIntent(intent);
    }
}
