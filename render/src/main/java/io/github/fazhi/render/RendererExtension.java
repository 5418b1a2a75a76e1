package io.github.fazhi.render;

/**
 * Marker for an extension that configures renderers, as in commonmark-java. An extension implements
 * one sub-interface per format it supports ({@code TextRendererExtension},
 * {@code MarkdownRendererExtension}, {@code HtmlRendererExtension}, {@code DocxRendererExtension} in
 * fazhi-docx), each with an {@code extend(builder)} method. A renderer builder given a list of
 * extensions applies those of its own format and ignores the rest, so one list can configure every
 * renderer of an application.
 *
 * <pre>{@code
 * final class SealNote implements HtmlRendererExtension, MarkdownRendererExtension {
 *     public void extend(HtmlRenderer.Builder b) { b.nodeRendererFactory(...); }
 *     public void extend(MarkdownRenderer.Builder b) { b.nodeRendererFactory(...); }
 * }
 * List<RendererExtension> extensions = List.of(new SealNote());
 * HtmlRenderer html = HtmlRenderer.builder().extensions(extensions).build();
 * ReportRenderer md = Renderers.forFormat("markdown", extensions);
 * }</pre>
 */
public interface RendererExtension {}
