/**
 * The renderer SPI: {@link io.github.fazhi.render.ReportRenderer} and
 * {@link io.github.fazhi.render.TextReportRenderer}, per-node rendering
 * ({@link io.github.fazhi.render.NodeType}, {@link io.github.fazhi.render.NodeRenderer},
 * {@link io.github.fazhi.render.NodeRendererContext}), extensions
 * ({@link io.github.fazhi.render.RendererExtension}) and lookup by format id
 * ({@link io.github.fazhi.render.Renderers}). The formats live in sub-packages: {@code text},
 * {@code markdown}, {@code html}.
 *
 * <pre>{@code
 * String html = HtmlRenderer.builder().tableOfContents(true).build().renderToString(report);
 * ReportRenderer any = Renderers.forFormat(formatId);
 * }</pre>
 */
package io.github.fazhi.render;
