/** Internals of fazhi-paged: font files and folders, messages. */
package io.github.fazhi.paged.internal;
