/**
 * The HTML format ({@code html}): {@link io.github.fazhi.render.html.HtmlRenderer} writes an accessible
 * page or fragment with a GB/T 9704 print style sheet, escaping all report text.
 *
 * <pre>{@code
 * String page = HtmlRenderer.builder().tableOfContents(true).build().renderToString(report);
 * }</pre>
 */
package io.github.fazhi.render.html;
