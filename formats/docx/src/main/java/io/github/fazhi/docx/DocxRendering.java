package io.github.fazhi.docx;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.HeaderLine;
import io.github.fazhi.core.HeaderLineKind;
import io.github.fazhi.core.Paragraph;
import io.github.fazhi.core.Section;
import io.github.fazhi.core.SignOff;
import io.github.fazhi.core.Title;
import io.github.fazhi.docx.internal.FontTableXml;
import io.github.fazhi.docx.internal.StylesXml;
import io.github.fazhi.docx.internal.XmlText;
import io.github.fazhi.render.NodeRenderer;
import io.github.fazhi.render.NodeType;
import io.github.fazhi.render.RenderingSession;
import io.github.fazhi.render.layout.LayoutProfile;
import io.github.fazhi.render.layout.LayoutProfile.Font;
import io.github.fazhi.render.layout.PrintedOrder;
import io.github.fazhi.render.layout.SignOffGeometry;
import io.github.fazhi.render.layout.TitleSplitter;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTInd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;

/**
 * One DOCX rendering: the node dispatch and the built-in node renderers, writing through {@link Paragraphs}
 * into POI's document ({@link #write}, with the document frame: styles, page, grid, footers, properties) or as
 * WordprocessingML text ({@link #writeBody}, the body paragraphs only, when no app node renderer is registered).
 *
 * @param <P> a paragraph of the target
 */
final class DocxRendering<P> extends RenderingSession implements DocxNodeRendererContext {

    private final LayoutProfile p;
    private final Paragraphs<P, ?> out;
    private final Optional<DocxWriter> writer;

    private DocxRendering(
            AnnualReport report,
            LayoutProfile layout,
            Paragraphs<P, ?> out,
            Optional<DocxWriter> writer,
            List<DocxNodeRendererFactory> factories) {
        super(report);
        this.p = layout;
        this.out = out;
        this.writer = writer;
        start(create(factories, f -> f.create(this)), defaults());
    }

    /** Writes {@code report} as a DOCX through POI: the reference, and the way of renderers with app node renderers. */
    static void write(
            AnnualReport report, LayoutProfile layout, List<DocxNodeRendererFactory> factories, OutputStream out)
            throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            DocxWriter writer = new DocxWriter(doc, layout);
            DocxRendering<XWPFParagraph> r =
                    new DocxRendering<>(report, layout, writer.paragraphs(), Optional.of(writer), factories);
            r.frame(doc, writer);
            r.renderDocument();
            doc.write(out);
            out.flush();
        }
    }

    /** Writes the body paragraphs of {@code report} with the built-in node renderers into {@code out}. */
    static void writeBody(AnnualReport report, LayoutProfile layout, XmlParagraphs out) throws IOException {
        new DocxRendering<>(report, layout, out, Optional.empty(), List.of()).renderDocument();
        out.finish();
    }

    // ---- context

    @Override
    public DocxWriter writer() {
        // only app node renderers ask for the writer, and with them the rendering goes through POI
        return writer.orElseThrow(() -> new IllegalStateException("this rendering writes no POI document"));
    }

    @Override
    public void renderChildren(AnnualReport r) {
        PrintedOrder.render(this, r, p, out::blankLine);
    }

    // ---- built-in node renderers

    private List<NodeRenderer<?>> defaults() {
        return List.of(
                NodeRenderer.of(NodeType.DOCUMENT, this::renderChildren),
                NodeRenderer.of(NodeType.HEADER_LINE, this::headerLine),
                NodeRenderer.of(NodeType.TITLE, this::title),
                NodeRenderer.of(NodeType.PREAMBLE, r -> r.preamble().forEach(this::render)),
                NodeRenderer.of(NodeType.SECTION, (Section s) -> {
                    render(NodeType.SECTION_HEADING, s);
                    renderChildren(s);
                }),
                NodeRenderer.of(NodeType.SECTION_HEADING, this::heading),
                NodeRenderer.of(NodeType.PARAGRAPH, (Paragraph para) -> out.bodyParagraph(para.text())),
                NodeRenderer.of(NodeType.SIGN_OFF, this::signOff),
                NodeRenderer.of(NodeType.TRAILING, r -> r.trailing().forEach(this::render)));
    }

    private void headerLine(HeaderLine h) {
        if (h.kind() == HeaderLineKind.ADDRESSEE && !p.addresseeLine() || h.kind() == HeaderLineKind.FURNITURE) {
            return; // the web version; page furniture is not the report's
        }
        String style = switch (h.kind()) {
            case ADDRESSEE -> DocxStyles.ADDRESSEE;
            case ISSUER, DOCUMENT_NUMBER, FURNITURE -> DocxStyles.HEADER_LINE;
            case OTHER -> h.afterTitle() ? DocxStyles.ADDRESSEE : DocxStyles.HEADER_LINE;
        };
        out.run(out.paragraph(style), h.text(), p.body());
    }

    private void title(Title t) {
        List<String> lines = t.lines();
        if (lines.size() == 1 && p.splitLongTitle()) {
            int max = p.typeAreaWidthTwips() * 2 / (p.title().halfPoints() * 10);
            // a space where the title breaks (between joint issuers, before 关于) is the line break now
            lines = TitleSplitter.split(lines.get(0), report().metadata().issuers(), max).stream()
                    .map(String::strip)
                    .toList();
        }
        for (String line : lines) {
            out.run(out.paragraph(DocxStyles.TITLE), line, p.title());
        }
        out.blankLine();
    }

    private void heading(Section s) {
        int level = Math.min(4, depth(s));
        String text = s.label() + s.heading();
        if (s.runsIntoParagraph()) {
            out.runInHeading(level, text);
        } else {
            out.heading(level, text);
        }
    }

    private void signOff(SignOff so) {
        // the sign-off never stands alone on a page: the last body paragraph goes with it
        out.last().ifPresent(out::keepWithNext);
        boolean sealed = p.signOffLayout() == LayoutProfile.SignOffLayout.SEALED;
        for (int i = 0; i < (sealed ? p.sealedSignOffBlankLines() : p.signOffBlankLines()); i++) {
            out.keepWithNext(out.blankLine());
        }
        // unsealed (§7.3.5.2) or sealed (§7.3.5.1: date 4 characters in, each name centred over it)
        SignOffGeometry g = SignOffGeometry.of(so.issuers(), so.dateText(), p);
        for (int i = 0; i < so.issuers().size(); i++) {
            P x = signOffLine(false, g.nameRightHalfChars(so.issuers().get(i)));
            if (i < so.issuers().size() - 1 || so.dateText().isPresent()) {
                out.keepWithNext(x);
            }
            out.run(x, so.issuers().get(i), p.body());
        }
        if (so.dateText().isPresent()) {
            P x = signOffLine(g.dateLeftAligned(), g.dateIndentHalfChars());
            out.run(x, so.dateText().get(), p.body());
        }
    }

    /** A sign-off line; no extra space between Chinese and digits, so the date is as wide as the geometry counts it. */
    private P signOffLine(boolean left, int halfChars) {
        P x = out.paragraph(DocxStyles.SIGN_OFF);
        out.signOffLine(x, left, halfChars * 50L, Math.round(halfChars * p.charPitchTwips() / 2));
        return x;
    }

    // ---- the document frame: styles, page, grid, footers, properties

    private void frame(XWPFDocument doc, DocxWriter writer) throws IOException {
        styles(doc);
        fontTable(doc);
        section(doc);
        footers(doc, writer);
        var core = doc.getProperties().getCoreProperties();
        report().title().ifPresent(t -> core.setTitle(XmlText.clean(t.text())));
        core.setCreator(report().issuer().map(XmlText::clean).orElse("fazhi"));
    }

    private void styles(XWPFDocument doc) throws IOException {
        doc.createStyles().setStyles(StylesXml.parsed(p));
    }

    private void fontTable(XWPFDocument doc) throws IOException {
        try {
            PackagePartName name = PackagingURIHelper.createPartName("/word/fontTable.xml");
            PackagePart part = doc.getPackage()
                    .createPart(name, "application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml");
            try (OutputStream os = part.getOutputStream()) {
                os.write(FontTableXml.build(p).getBytes(StandardCharsets.UTF_8));
            }
            doc.getPackagePart()
                    .addRelationship(
                            name,
                            TargetMode.INTERNAL,
                            "http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable");
        } catch (InvalidFormatException e) {
            throw new IllegalStateException("the font table part name is invalid", e);
        }
    }

    private void section(XWPFDocument doc) {
        CTSectPr sect = doc.getDocument().getBody().isSetSectPr()
                ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        size.setW(BigInteger.valueOf(p.paperWidthTwips()));
        size.setH(BigInteger.valueOf(p.paperHeightTwips()));
        CTPageMar m = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        m.setTop(BigInteger.valueOf(p.marginTopTwips()));
        m.setBottom(BigInteger.valueOf(p.marginBottomTwips()));
        m.setLeft(BigInteger.valueOf(p.marginLeftTwips()));
        m.setRight(BigInteger.valueOf(p.marginRightTwips()));
        m.setHeader(BigInteger.valueOf(LayoutProfile.mmToTwips(15)));
        // the page number's line starts pageNumberOffsetMm below the type area
        m.setFooter(BigInteger.valueOf(Math.max(
                0,
                p.marginBottomTwips()
                        - LayoutProfile.mmToTwips(p.pageNumberOffsetMm())
                        - p.pageNumber().halfPoints() * 10)));
        m.setGutter(BigInteger.ZERO);
        CTDocGrid grid = sect.isSetDocGrid() ? sect.getDocGrid() : sect.addNewDocGrid();
        grid.setLinePitch(BigInteger.valueOf(p.linePitchTwips()));
        if (p.gridMode() == LayoutProfile.GridMode.CHARACTER_GRID) {
            grid.setType(STDocGrid.LINES_AND_CHARS);
            grid.setCharSpace(BigInteger.valueOf(p.charSpace()));
        } else {
            grid.setType(STDocGrid.LINES);
        }
    }

    private void footers(XWPFDocument doc, DocxWriter writer) {
        doc.setEvenAndOddHeadings(true);
        pageNumber(doc.createFooter(HeaderFooterType.DEFAULT), true, writer);
        pageNumber(doc.createFooter(HeaderFooterType.EVEN), false, writer);
    }

    private void pageNumber(XWPFFooter footer, boolean odd, DocxWriter writer) {
        XWPFParagraph x = footer.getParagraphs().isEmpty()
                ? footer.createParagraph()
                : footer.getParagraphs().get(0);
        x.setStyle(DocxStyles.FOOTER);
        CTPPr ppr = x.getCTPPr();
        CTInd ind = ppr.addNewInd();
        BigInteger hundredths = BigInteger.valueOf(p.pageNumberIndentChars() * 100L);
        BigInteger twips = BigInteger.valueOf(
                (long) p.pageNumberIndentChars() * p.pageNumber().halfPoints() * 10);
        if (odd) {
            ind.setRightChars(hundredths);
            ind.setRight(twips);
        } else {
            ind.setLeftChars(hundredths);
            ind.setLeft(twips);
        }
        ppr.addNewJc().setVal(odd ? STJc.RIGHT : STJc.LEFT);
        Font f = p.pageNumber();
        if (!p.pageNumberPrefix().isEmpty()) {
            writer.run(x, p.pageNumberPrefix(), f);
        }
        field(x, STFldCharType.BEGIN, f);
        XWPFRun instr = x.createRun();
        DocxWriter.font(instr.getCTR(), f);
        instr.getCTR().addNewInstrText().setStringValue(" PAGE ");
        field(x, STFldCharType.SEPARATE, f);
        writer.run(x, "1", f);
        field(x, STFldCharType.END, f);
        if (!p.pageNumberSuffix().isEmpty()) {
            writer.run(x, p.pageNumberSuffix(), f);
        }
    }

    private static void field(XWPFParagraph x, STFldCharType.Enum type, Font f) {
        XWPFRun r = x.createRun();
        DocxWriter.font(r.getCTR(), f);
        r.getCTR().addNewFldChar().setFldCharType(type);
    }
}
