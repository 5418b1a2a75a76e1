package io.github.fazhi.paged;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.HeaderLine;
import io.github.fazhi.core.HeaderLineKind;
import io.github.fazhi.core.Paragraph;
import io.github.fazhi.core.Section;
import io.github.fazhi.core.SignOff;
import io.github.fazhi.core.Title;
import io.github.fazhi.render.NodeRenderer;
import io.github.fazhi.render.NodeType;
import io.github.fazhi.render.RenderingSession;
import io.github.fazhi.render.layout.FontRole;
import io.github.fazhi.render.layout.LayoutProfile;
import io.github.fazhi.render.layout.PrintedOrder;
import io.github.fazhi.render.layout.SignOffGeometry;
import io.github.fazhi.render.layout.TitleSplitter;
import java.util.List;

/** One PDF or OFD rendering's node dispatch and built-in node renderers, writing into a {@link PagedWriter}. */
final class PagedRendering extends RenderingSession implements PagedNodeRendererContext {

    private final LayoutProfile p;
    private final PagedWriter writer;

    PagedRendering(AnnualReport report, LayoutProfile layout, List<PagedNodeRendererFactory> factories) {
        super(report);
        this.p = layout;
        this.writer = new PagedWriter(layout);
        start(create(factories, f -> f.create(this)), defaults());
    }

    void run() {
        renderDocument();
    }

    @Override
    public PagedWriter writer() {
        return writer;
    }

    @Override
    public void renderChildren(AnnualReport r) {
        PrintedOrder.render(this, r, p, writer::blankLine);
    }

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
                NodeRenderer.of(NodeType.PARAGRAPH, (Paragraph para) -> writer.paragraph(para.text(), para.id())),
                NodeRenderer.of(NodeType.SIGN_OFF, this::signOff),
                NodeRenderer.of(NodeType.TRAILING, r -> r.trailing().forEach(this::render)));
    }

    private void headerLine(HeaderLine h) {
        if (h.kind() == HeaderLineKind.ADDRESSEE && !p.addresseeLine() || h.kind() == HeaderLineKind.FURNITURE) {
            return; // the web version; page furniture is not the report's
        }
        boolean left = h.kind() == HeaderLineKind.ADDRESSEE || h.kind() == HeaderLineKind.OTHER && h.afterTitle();
        writer.line(h.text(), FontRole.BODY, left ? PagedWriter.Alignment.LEFT : PagedWriter.Alignment.CENTRE, h.id());
    }

    private void title(Title t) {
        List<String> lines = t.lines();
        if (lines.size() == 1 && p.splitLongTitle()) {
            int max = p.typeAreaWidthTwips() * 2 / (p.title().halfPoints() * 10);
            lines = TitleSplitter.split(lines.get(0), report().metadata().issuers(), max).stream()
                    .map(String::strip)
                    .toList();
        }
        writer.title(lines, t.id());
        writer.blankLine();
    }

    private void heading(Section s) {
        int level = Math.min(4, depth(s));
        String text = s.label() + s.heading();
        if (s.runsIntoParagraph()) {
            writer.runInHeading(level, text, s.id());
        } else {
            writer.heading(level, text, s.id());
        }
    }

    private void signOff(SignOff so) {
        writer.keepWithNext(); // the sign-off never stands alone on a page
        boolean sealed = p.signOffLayout() == LayoutProfile.SignOffLayout.SEALED;
        int blank = sealed ? p.sealedSignOffBlankLines() : p.signOffBlankLines();
        for (int i = 0; i < blank; i++) {
            writer.blankLine();
            writer.keepWithNext();
        }
        SignOffGeometry g = SignOffGeometry.of(so.issuers(), so.dateText(), p);
        for (int i = 0; i < so.issuers().size(); i++) {
            String name = so.issuers().get(i);
            writer.indentedLine(name, false, g.nameRightHalfChars(name), so.id());
            if (i < so.issuers().size() - 1 || so.dateText().isPresent()) {
                writer.keepWithNext();
            }
        }
        so.dateText().ifPresent(d -> writer.indentedLine(d, g.dateLeftAligned(), g.dateIndentHalfChars(), so.id()));
    }
}
