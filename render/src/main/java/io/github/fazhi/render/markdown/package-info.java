/**
 * The Markdown format ({@code markdown}): {@link io.github.fazhi.render.markdown.MarkdownRenderer}
 * writes CommonMark with every piece of report text escaped.
 *
 * <pre>{@code
 * String md = MarkdownRenderer.builder().build().renderToString(report);
 * }</pre>
 */
package io.github.fazhi.render.markdown;
