/** Internals of fazhi-docx: styles, safe package reading, text extraction. */
package io.github.fazhi.docx.internal;
