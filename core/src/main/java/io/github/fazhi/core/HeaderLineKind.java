package io.github.fazhi.core;

/** What a line printed before the title (or between title and preamble) is. */
public enum HeaderLineKind {
    /** The issuing organ's name on a line of its own, as in a 发文机关标志. */
    ISSUER,
    /** The 文号, possibly with 签发人: {@code 保政呈〔2017〕3号 签发人：张三}. */
    DOCUMENT_NUMBER,
    /** The 主送机关 line ending with {@code ：}. */
    ADDRESSEE,
    /** Any other header line, kept as printed. */
    OTHER
}
