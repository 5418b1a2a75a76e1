/**
 * Page layout shared by the PDF and OFD renderers, so that both put every character in the same place on the
 * GB/T 9704-2012 grid of a {@link io.github.fazhi.render.layout.LayoutProfile}: fonts found on the machine by the
 * profile's names and fallbacks ({@link io.github.fazhi.paged.FontLibrary}, {@link io.github.fazhi.paged.FontFace}),
 * every character checked against its face before anything is written
 * ({@link io.github.fazhi.paged.GlyphCheckException}), the report's nodes rendered into blocks
 * ({@link io.github.fazhi.paged.PagedWriter}, {@link io.github.fazhi.paged.PagedNodeRendererContext}), lines broken
 * by the 公文 rules and pages numbered ({@link io.github.fazhi.paged.PagedLayout},
 * {@link io.github.fazhi.paged.LaidOutReport}).
 *
 * <pre>{@code
 * LaidOutReport laid = PagedLayout.layout(report, LayoutProfile.gbt9704(), FontLibrary.system(), List.of(), Locale.CHINA);
 * }</pre>
 */
package io.github.fazhi.paged;
