package io.github.fazhi.core;

import java.util.Objects;
import java.util.Optional;

/**
 * Text of the page the report was read from that is not part of the report: a running page header or
 * footer, a page number ({@code — 3 —}), a portal page's breadcrumb ({@code 首页 > 政务公开 > …}), its
 * {@code 发布时间：… 来源：… 字号：大 中 小} line, share and print buttons, its site footer ({@code 版权所有},
 * {@code ICP备}). A reader keeps it where it stood, so that nothing is lost and
 * {@link PlainTextWriter} gives the input back; renderers leave it out and rules do not judge it.
 * Furniture before the report's body is a {@link HeaderLine} of kind {@link HeaderLineKind#FURNITURE}.
 *
 * <pre>{@code
 * PageFurniture f = PageFurniture.of("【打印本页】【关闭窗口】");
 * report.query(PageFurniture.class, x -> true); // all furniture kept among the blocks
 * }</pre>
 *
 * @param id the stable id ({@code s2.f1}, {@code end.f1}), assigned by the report
 * @param text the line as it stood
 * @param span where it was read from, if it was
 */
public record PageFurniture(String id, String text, Optional<SourceSpan> span) implements Block {

    /** The prefix of page furniture ids inside their container. */
    public static final String ID_PREFIX = "f";

    /** Checks for nulls. */
    public PageFurniture {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(span, "span");
    }

    /** Furniture with no id yet and no source span; the report assigns the id. */
    public static PageFurniture of(String text) {
        return new PageFurniture("", text, Optional.empty());
    }

    /** Furniture read from a document at {@code span}. */
    public static PageFurniture of(String text, SourceSpan span) {
        return new PageFurniture("", text, Optional.of(span));
    }

    @Override
    public String idPrefix() {
        return ID_PREFIX;
    }

    @Override
    public PageFurniture withId(String newId) {
        return newId.equals(id) ? this : new PageFurniture(newId, text, span);
    }

    @Override
    public PageFurniture withoutSpan() {
        return span.isEmpty() ? this : new PageFurniture(id, text, Optional.empty());
    }

    @Override
    public <R> R accept(ElementVisitor<R> visitor) {
        return visitor.visitPageFurniture(this);
    }
}
