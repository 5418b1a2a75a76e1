package io.github.fazhi.render.layout;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.Block;
import io.github.fazhi.core.HeaderLine;
import io.github.fazhi.core.HeaderLineKind;
import io.github.fazhi.core.ReportParts;
import io.github.fazhi.core.Section;
import io.github.fazhi.core.SignOff;
import io.github.fazhi.core.Title;
import io.github.fazhi.render.NodeRendererContext;
import io.github.fazhi.render.NodeType;
import java.util.List;

/**
 * The document order of the paged formats (DOCX, PDF, OFD), on {@link AnnualReport#visitParts}: the header lines
 * before the title and, if there were any besides page furniture, a blank line; the title; the lines after it;
 * the 主送机关 line made from the metadata when the layout prints one and the report has none; the table of
 * contents, preamble, sections, sign-off and trailing text.
 *
 * <pre>{@code
 * public void renderChildren(AnnualReport r) {
 *     PrintedOrder.render(this, r, layout(), writer()::blankLine);
 * }
 * }</pre>
 */
public final class PrintedOrder {

    private PrintedOrder() {}

    /** Renders {@code report}'s parts through {@code context} in the printed order. */
    public static void render(
            NodeRendererContext context, AnnualReport report, LayoutProfile layout, Runnable blankLine) {
        report.visitParts(new ReportParts() {
            @Override
            public void beforeTitle(List<HeaderLine> lines) {
                lines.forEach(context::render);
                if (lines.stream().anyMatch(h -> h.kind() != HeaderLineKind.FURNITURE)) {
                    blankLine.run();
                }
            }

            @Override
            public void title(Title title) {
                context.render(title);
            }

            @Override
            public void afterTitle(List<HeaderLine> lines) {
                lines.forEach(context::render);
                boolean addressee = lines.stream().anyMatch(h -> h.kind() == HeaderLineKind.ADDRESSEE);
                if (!addressee
                        && layout.addresseeLine()
                        && !report.metadata().mainRecipients().isEmpty()) {
                    context.render(HeaderLine.of(
                            HeaderLineKind.ADDRESSEE,
                            String.join("、", report.metadata().mainRecipients()) + "："));
                }
            }

            @Override
            public void preamble(List<Block> blocks) {
                context.render(NodeType.TABLE_OF_CONTENTS, report);
                context.render(NodeType.PREAMBLE, report);
            }

            @Override
            public void section(Section section) {
                context.render(section);
            }

            @Override
            public void signOff(SignOff signOff) {
                context.render(signOff);
            }

            @Override
            public void trailing(List<Block> blocks) {
                context.render(NodeType.TRAILING, report);
            }
        });
    }
}
