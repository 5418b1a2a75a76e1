/** Internals of the {@code .doc} reader: the HWPF extractor, list numbering and messages. Not API. */
package io.github.fazhi.doc.internal;
