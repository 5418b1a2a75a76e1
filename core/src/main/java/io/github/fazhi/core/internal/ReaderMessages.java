package io.github.fazhi.core.internal;

import java.util.Locale;

/**
 * The messages the plain-text reader puts into {@code ReportReadException}s: Chinese by default, English
 * for any locale whose language is English. Report text never becomes part of a message template.
 */
public final class ReaderMessages {

    /** What went wrong. */
    public enum Key {
        EMPTY("没有可读的文本：输入为空或只有空白", "the input holds no text: it is empty or blank"),
        TOO_LARGE("输入超过 %d 字节的上限，不像一份年度报告", "the input is larger than the limit of %d bytes; this is not a report"),
        NOT_TEXT_NUL(
                "含有 NUL 字节，不是文本文件（可能是二进制文件，或没有字节顺序标记的 UTF-16 文本）",
                "NUL byte: this is not a text file (a binary file, or UTF-16 without a byte-order mark)"),
        NOT_TEXT_CONTROL("含有控制字符 U+%04X，不是文本文件", "control character U+%04X: this is not a text file"),
        BINARY_FORMAT("这是 %s 文件，不是纯文本", "this is a %s file, not plain text"),
        UNDECODABLE(
                "无法按 UTF-8、UTF-16 或 GB18030 解码：按 %s 解读时此处的字节无效",
                "not valid UTF-8, UTF-16 or GB18030: this byte is invalid when read as %s"),
        UNDECODABLE_BOM(
                "有 %s 字节顺序标记，但此处的字节按 %s 无效", "the text starts with a %s byte-order mark, but this byte is invalid %s");

        private final String zh;
        private final String en;

        Key(String zh, String en) {
            this.zh = zh;
            this.en = en;
        }
    }

    private final boolean english;

    private ReaderMessages(boolean english) {
        this.english = english;
    }

    /** Messages in {@code locale}'s language: English for English, Chinese otherwise. */
    public static ReaderMessages of(Locale locale) {
        return new ReaderMessages(Locale.ENGLISH.getLanguage().equals(locale.getLanguage()));
    }

    /** The message for {@code key} with its arguments filled in. */
    public String get(Key key, Object... args) {
        String template = english ? key.en : key.zh;
        return args.length == 0 ? template : String.format(Locale.ROOT, template, args);
    }
}
