/**
 * The plain-text format ({@code text}): {@link io.github.fazhi.render.text.TextRenderer}.
 *
 * <pre>{@code
 * String s = TextRenderer.builder().indent(true).build().renderToString(report);
 * }</pre>
 */
package io.github.fazhi.render.text;
