/** Internals of fazhi-render-docx: styles, title splitting, sign-off geometry, safe package reading, text extraction. */
package io.github.fazhi.render.docx.internal;
