package io.github.fazhi.paged;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.HeaderLine;
import io.github.fazhi.core.HeaderLineKind;
import io.github.fazhi.core.Paragraph;
import io.github.fazhi.core.Section;
import io.github.fazhi.core.SignOff;
import io.github.fazhi.core.Title;
import io.github.fazhi.render.NodeRenderer;
import io.github.fazhi.render.NodeRendererMap;
import io.github.fazhi.render.NodeType;
import io.github.fazhi.render.layout.FontRole;
import io.github.fazhi.render.layout.LayoutProfile;
import io.github.fazhi.render.layout.SignOffGeometry;
import io.github.fazhi.render.layout.TitleSplitter;
import java.util.ArrayList;
import java.util.List;

/** One PDF or OFD rendering's node dispatch and built-in node renderers, writing into a {@link PagedWriter}. */
final class PagedRendering implements PagedNodeRendererContext {

    private final AnnualReport report;
    private final LayoutProfile p;
    private final PagedWriter writer;
    private final NodeRendererMap nodes;

    PagedRendering(AnnualReport report, LayoutProfile layout, List<PagedNodeRendererFactory> factories) {
        this.report = report;
        this.p = layout;
        this.writer = new PagedWriter(layout);
        List<NodeRenderer<?>> custom = new ArrayList<>(factories.size());
        for (PagedNodeRendererFactory f : factories) {
            custom.add(f.create(this));
        }
        this.nodes = new NodeRendererMap(custom, defaults());
    }

    void run() {
        render(NodeType.DOCUMENT, report);
    }

    @Override
    public PagedWriter writer() {
        return writer;
    }

    @Override
    public AnnualReport report() {
        return report;
    }

    @Override
    public <T> void render(NodeType<T> type, T node) {
        nodes.render(type, node);
    }

    @Override
    public <T> void renderDefault(NodeType<T> type, T node) {
        nodes.renderDefault(type, node);
    }

    @Override
    public int depth(Section section) {
        return nodes.depth(section, report);
    }

    @Override
    public void renderChildren(AnnualReport r) {
        boolean beforeTitle = false;
        for (HeaderLine h : r.header()) {
            if (!h.afterTitle()) {
                render(h);
                beforeTitle |= h.kind() != HeaderLineKind.FURNITURE;
            }
        }
        if (beforeTitle) {
            writer.blankLine();
        }
        r.title().ifPresent(this::render);
        boolean addressee = false;
        for (HeaderLine h : r.header()) {
            if (h.afterTitle()) {
                addressee |= h.kind() == HeaderLineKind.ADDRESSEE;
                render(h);
            }
        }
        if (!addressee && p.addresseeLine() && !r.metadata().mainRecipients().isEmpty()) {
            render(HeaderLine.of(
                    HeaderLineKind.ADDRESSEE, String.join("、", r.metadata().mainRecipients()) + "："));
        }
        render(NodeType.TABLE_OF_CONTENTS, r);
        render(NodeType.PREAMBLE, r);
        r.sections().forEach(this::render);
        r.signOff().ifPresent(this::render);
        render(NodeType.TRAILING, r);
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
            lines = TitleSplitter.split(lines.get(0), report.metadata().issuers(), max).stream()
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
