/**
 * Page layout shared by the paged formats (DOCX, PDF, OFD): {@link io.github.fazhi.render.layout.LayoutProfile}
 * (GB/T 9704-2012 paper, margins, grid, fonts per level, page numbers and sign-off geometry), how a title
 * splits into lines ({@link io.github.fazhi.render.layout.TitleSplitter}), where the sign-off stands
 * ({@link io.github.fazhi.render.layout.SignOffGeometry}) and how wide text is in characters
 * ({@link io.github.fazhi.render.layout.TextWidth}). The format modules lay out from these so that the
 * three formats agree to the millimetre.
 */
package io.github.fazhi.render.layout;
