/** Internals of the OFD reader: the checked package, the extractor over ofdrw, limits and messages. Not API. */
package io.github.fazhi.ofd.internal.extract;
