/**
 * Reading reports from any format: {@link io.github.fazhi.core.read.Readers}, the one way in, tells a file's
 * format from its content and reads it with the {@link io.github.fazhi.core.read.ReportReader} a
 * {@link io.github.fazhi.core.read.ReaderProvider} registers for it. Every reader is two steps: its format's
 * extractor turns the file into {@link io.github.fazhi.core.read.SourceLine}s with
 * {@link io.github.fazhi.core.read.LayoutHints}, and the one {@link io.github.fazhi.core.read.StructureReader}
 * turns the lines into the model.
 */
package io.github.fazhi.core.read;
