package io.github.fazhi.render.text;

import io.github.fazhi.core.HeaderLine;
import io.github.fazhi.core.HeaderLineKind;
import io.github.fazhi.core.Paragraph;
import io.github.fazhi.core.Section;
import io.github.fazhi.core.SignOff;
import io.github.fazhi.core.Title;
import io.github.fazhi.render.NodeRenderer;
import io.github.fazhi.render.NodeType;
import java.util.List;

/**
 * The built-in plain-text rendering, line for line what core's PlainTextWriter writes, except that page
 * furniture a reader kept (header lines of kind FURNITURE, PageFurniture blocks) is left out.
 */
final class CoreTextNodeRenderers {

    private final TextNodeRendererContext context;
    private final TextWriter w;

    CoreTextNodeRenderers(TextNodeRendererContext context) {
        this.context = context;
        this.w = context.writer();
    }

    List<NodeRenderer<?>> all() {
        return List.of(
                NodeRenderer.of(NodeType.DOCUMENT, r -> context.renderChildren(r)),
                NodeRenderer.of(NodeType.HEADER_LINE, this::headerLine),
                NodeRenderer.of(NodeType.TITLE, this::title),
                NodeRenderer.of(NodeType.PREAMBLE, r -> r.preamble().forEach(context::render)),
                NodeRenderer.of(NodeType.SECTION, this::section),
                NodeRenderer.of(NodeType.SECTION_HEADING, this::heading),
                NodeRenderer.of(NodeType.PARAGRAPH, this::paragraph),
                NodeRenderer.of(NodeType.SIGN_OFF, this::signOff),
                NodeRenderer.of(NodeType.TRAILING, r -> r.trailing().forEach(context::render)));
    }

    private void headerLine(HeaderLine h) {
        if (h.kind() == HeaderLineKind.FURNITURE) {
            return; // page furniture: PlainTextWriter gives it back, a rendering for people leaves it out
        }
        w.line(h.text());
        w.blockEnd();
    }

    private void title(Title t) {
        t.lines().forEach(w::line);
        w.blockEnd();
    }

    private void section(Section s) {
        context.render(NodeType.SECTION_HEADING, s);
        context.renderChildren(s);
    }

    private void heading(Section s) {
        if (s.runsIntoParagraph()) {
            w.runInHeading(s.label() + s.heading());
        } else {
            w.bodyLine(s.headingLine());
            w.blockEnd();
        }
    }

    private void paragraph(Paragraph p) {
        w.bodyLine(p.text());
        w.blockEnd();
    }

    private void signOff(SignOff s) {
        w.blankLine();
        s.issuers().forEach(w::line);
        s.dateText().ifPresent(w::line);
        w.blockEnd();
    }
}
