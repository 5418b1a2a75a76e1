package io.github.fazhi.core;

/**
 * Body content of a section, the preamble or the text after the sign-off. Today a block is always a
 * {@link Paragraph}; tables and lists may join later.
 */
public sealed interface Block extends Element permits Paragraph {

    /** The block's text as plain text. */
    String text();
}
