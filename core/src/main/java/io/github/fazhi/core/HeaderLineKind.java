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
    OTHER,
    /**
     * Page furniture before the body (a portal's breadcrumb, its {@code 发布时间：… 来源：…} line, a running
     * page header): kept so nothing is lost, never the title, an issuer or an addressee; renderers leave it
     * out. Its ids count apart from the other header lines ({@code hf1}, {@code hf2}).
     */
    FURNITURE
}
