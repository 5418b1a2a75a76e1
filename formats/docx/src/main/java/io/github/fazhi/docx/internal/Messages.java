package io.github.fazhi.docx.internal;

import java.util.Locale;

/** Messages for people, in Chinese by default and in English on request. */
public final class Messages {

    private final boolean english;

    public Messages(Locale locale) {
        this.english = locale.getLanguage().equals("en");
    }

    String tooLarge(long limit) {
        return english
                ? "the file is larger than " + limit + " bytes, the most this reader accepts"
                : "文件超过 " + limit + " 字节，超出读取上限";
    }

    String notDocx(String looksLike) {
        return english
                ? "not a DOCX file (Word 2007 or later): " + looksLike
                : "不是 DOCX 文件（Word 2007 及以后版本）：" + looksLike;
    }

    String looksLike(String kind) {
        return switch (kind) {
            case "empty" -> english ? "the file is empty" : "文件为空";
            case "text" -> english ? "it is plain text; read it with the plain-text reader" : "这是纯文本文件，请用纯文本读取器读取";
            case "doc" ->
                english
                        ? "it is a Word 97-2003 .doc file; save it as .docx first"
                        : "这是 Word 97-2003 格式的 .doc 文件，请先另存为 .docx";
            case "ole2" ->
                english
                        ? "it is an OLE2 compound file, not a Word 2007+ document"
                        : "这是 OLE2 复合文档，不是 Word 2007 及以后版本的文档";
            case "pdf" -> english ? "it is a PDF file" : "这是 PDF 文件";
            case "rtf" -> english ? "it is an RTF file; save it as .docx first" : "这是 RTF 文件，请先另存为 .docx";
            case "html" -> english ? "it is an HTML page" : "这是 HTML 网页";
            case "xml" ->
                english
                        ? "it is an XML file (perhaps Word 2003 XML); save it as .docx first"
                        : "这是 XML 文件（可能是 Word 2003 XML），请先另存为 .docx";
            case "zip" -> english ? "it is a ZIP archive but not a Word document" : "这是 ZIP 压缩包，但不是 Word 文档";
            case "spreadsheet" -> english ? "it is a spreadsheet, not a Word document" : "这是电子表格，不是 Word 文档";
            case "presentation" -> english ? "it is a presentation, not a Word document" : "这是演示文稿，不是 Word 文档";
            default -> english ? "it does not start with a ZIP signature" : "文件开头不是 ZIP 签名";
        };
    }

    String encrypted() {
        return english
                ? "the document is encrypted (password-protected); remove the password and save it again"
                : "文档已加密（设有打开密码），请去除密码后重新保存";
    }

    String damagedZip() {
        return english ? "the ZIP archive is damaged or truncated" : "ZIP 压缩包已损坏或不完整";
    }

    String tooManyEntries(int limit) {
        return english
                ? "the archive has more than " + limit + " entries (a hostile or damaged file?)"
                : "压缩包内条目超过 " + limit + " 个（文件可能有害或已损坏）";
    }

    String entryTooLarge(long limit) {
        return english
                ? "the entry inflates to more than " + limit + " bytes (a zip bomb?)"
                : "条目解压后超过 " + limit + " 字节（疑似压缩炸弹）";
    }

    String totalTooLarge(long limit) {
        return english
                ? "the archive inflates to more than " + limit + " bytes in all (a zip bomb?)"
                : "压缩包解压后总计超过 " + limit + " 字节（疑似压缩炸弹）";
    }

    String inflateRatio(double ratio) {
        return english
                ? "the entry expands more than " + Math.round(1 / ratio) + " times (a zip bomb?)"
                : "条目压缩比超过 " + Math.round(1 / ratio) + " 倍（疑似压缩炸弹）";
    }

    String badXml(String detail) {
        return english
                ? "the document's XML is malformed or not allowed (DTDs and external entities are refused): " + detail
                : "文档 XML 格式错误或含有不允许的内容（不接受 DTD 和外部实体）：" + detail;
    }

    String noMainDocument() {
        return english ? "the package has no main Word document part" : "文件包中没有 Word 正文部件";
    }

    String tooDeep(int limit) {
        return english ? "the document nests elements deeper than " + limit + " levels" : "文档元素嵌套超过 " + limit + " 层";
    }

    String unreadable(String detail) {
        return english ? "the file cannot be read as DOCX: " + detail : "无法按 DOCX 读取：" + detail;
    }
}
