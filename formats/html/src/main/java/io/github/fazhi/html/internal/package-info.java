/** Internals of the HTML reader: decoding, finding the article, the page's lines and metadata, messages. Not API. */
package io.github.fazhi.html.internal;
