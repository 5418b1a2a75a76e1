package io.github.fazhi.assertj.internal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The wording of the failure messages, in Chinese (the default) and English. Placeholders are {@code {0}},
 * {@code {1}}…; arguments are inserted as they are, never interpreted, so report text cannot change a message's
 * form.
 */
public final class Texts {

    private static final Map<String, String> ZH = new HashMap<>();
    private static final Map<String, String> EN = new HashMap<>();

    private Texts() {}

    private static void put(String key, String zh, String en) {
        ZH.put(key, zh);
        EN.put(key, en);
    }

    static {
        // words
        put("none", "（无）", "(none)");
        put("unknown", "（未知）", "(unknown)");
        put("noTitle", "（无标题）", "(no title)");
        put("noSignOff", "（无落款）", "(no sign-off)");
        put("noDate", "（没有可识别的成文日期）", "(no date of issue that can be read)");
        put("severity.ERROR", "错误", "error");
        put("severity.WARNING", "警告", "warning");
        put("severity.INFO", "提示", "info");
        put("wholeReport", "全文", "whole report");
        put("more", "……另有 {0} 条", "… and {0} more");
        put("noSections", "  （报告没有章节）", "  (the report has no sections)");
        put("fix", "建议：{0}", "fix: {0}");
        put("item", "第{0}项", "item {0}");
        put("thematic", "专题", "thematic");
        put("kind.MEASURES_AND_RESULTS", "“主要举措和成效”部分", "the measures-and-results part");
        put("kind.SHORTCOMINGS_AND_CAUSES", "“存在的不足和原因”部分", "the shortcomings-and-causes part");
        put("kind.FIRST_RESPONSIBLE_PERSON", "“第一责任人履职情况”部分", "the first-responsible-person part");
        put("kind.NEXT_YEAR_PLAN", "“下一年度主要安排”部分", "the next-year plan");
        put("kind.OTHER", "“其他需要报告的情况”部分", "the other-matters part");
        put("kind.THEMATIC", "专题章节", "a thematic section");

        // report
        put(
                "report.title",
                "期望报告的标题为：\n  {0}\n但标题为：\n  {1}",
                "Expecting the report's title to be:\n  {0}\nbut it was:\n  {1}");
        put("report.noTitle", "期望报告没有标题，但标题为：\n  {0}", "Expecting the report to have no title, but it has:\n  {0}");
        put(
                "report.titleContaining",
                "期望报告的标题含有“{0}”，但标题为：\n  {1}",
                "Expecting the report's title to contain \"{0}\", but the title was:\n  {1}");
        put("report.year", "期望报告的年度为 {0}，但为 {1}", "Expecting the report to cover the year {0}, but it covers {1}");
        put(
                "report.issuer",
                "期望报告的发文机关中有“{0}”，但发文机关为：{1}",
                "Expecting \"{0}\" among the report's issuers, but the issuers were: {1}");
        put(
                "report.section",
                "期望报告中有{0}（{1}），但没有。报告的章节为：\n{2}",
                "Expecting the report to have {0} ({1}), but it has none. The report's sections are:\n{2}");
        put(
                "report.noSection",
                "期望报告中没有{0}（{1}），但有：\n{2}",
                "Expecting the report to have no {0} ({1}), but it has:\n{2}");
        put(
                "report.sectionId",
                "期望报告中有 id 为 {0} 的章节，但没有。报告的章节为：\n{1}",
                "Expecting the report to have a section with id {0}, but it has none. The report's sections are:\n{1}");
        put(
                "report.sectionCount",
                "期望报告有 {0} 个一级章节，但有 {1} 个：\n{2}",
                "Expecting the report to have {0} top-level sections, but it has {1}:\n{2}");
        put(
                "report.partOrder",
                "期望法定部分按第1、2、3、4（、5）项的顺序排列（第3项可排在最前），但{0}排在{1}之后。一级章节为：\n{2}",
                "Expecting the mandated parts in the order of items 1, 2, 3, 4 (, 5), item 3 allowed first, but {0}"
                        + " stands after {1}. The top-level sections are:\n{2}");
        put(
                "report.partOrderNone",
                "期望报告的一级章节中有法定部分，但一个也没有，无从判断顺序。一级章节为：\n{0}",
                "Expecting mandated parts among the report's top-level sections, but there are none, so there is no"
                        + " order to check. The top-level sections are:\n{0}");
        put(
                "report.requiredParts",
                "期望报告有全部必备部分（第1至4项），但缺少：{0}。报告的章节为：\n{1}",
                "Expecting the report to have every required part (items 1 to 4), but it lacks: {0}. The report's"
                        + " sections are:\n{1}");
        put("report.signOff", "期望报告有落款，但没有。", "Expecting the report to have a sign-off, but it has none.");
        put(
                "report.signedOffBy",
                "期望落款中有“{0}”，但落款的发文机关为：{1}",
                "Expecting \"{0}\" in the sign-off, but the sign-off names: {1}");
        put("report.datedIn", "期望成文日期在 {0} 年，但为 {1}", "Expecting the date of issue to fall in {0}, but it was {1}");
        put("report.dated", "期望成文日期为 {0}，但为 {1}", "Expecting the date of issue to be {0}, but it was {1}");
        put(
                "report.valid",
                "期望报告在规则集“{0}”下没有错误，但有 {1} 个错误：\n{2}",
                "Expecting the report to have no errors under the profile \"{0}\", but it has {1}:\n{2}");
        put(
                "report.otherFindings",
                "\n（另有 {0} 个警告、{1} 个提示，不影响本断言。）",
                "\n({0} warnings and {1} infos besides, which this assertion lets pass.)");

        // validation report
        put("validation.noErrors", "期望没有错误，但有 {0} 个：\n{1}", "Expecting no errors, but there are {0}:\n{1}");
        put("validation.noWarnings", "期望没有警告，但有 {0} 个：\n{1}", "Expecting no warnings, but there are {0}:\n{1}");
        put("validation.noFindings", "期望没有任何发现，但有 {0} 个：\n{1}", "Expecting no findings, but there are {0}:\n{1}");
        put(
                "validation.finding",
                "期望有规则 {0} 的发现，但没有。全部发现为：\n{1}",
                "Expecting a finding of the rule {0}, but there is none. All findings:\n{1}");
        put(
                "validation.ruleDisabled",
                "\n（规则 {0} 在规则集“{1}”中没有启用。）",
                "\n(The rule {0} is not enabled in the profile \"{1}\".)");
        put(
                "validation.noFinding",
                "期望没有规则 {0} 的发现，但有 {1} 个：\n{2}",
                "Expecting no finding of the rule {0}, but there are {1}:\n{2}");
        put(
                "validation.onlyFindings",
                "期望发现只来自规则 {0}，且每条规则都有发现，但{1}。全部发现为：\n{2}",
                "Expecting findings of the rules {0} only, and of each of them, but {1}. All findings:\n{2}");
        put("validation.unexpectedRules", "有规则 {0} 的发现", "there are findings of the rules {0}");
        put("validation.missingRules", "没有规则 {0} 的发现", "there is no finding of the rules {0}");
        put("separator", "；", "; ");
        put(
                "validation.otherThan",
                "期望除规则 {0} 外没有发现，但有 {1} 个其他发现：\n{2}",
                "Expecting no findings but those of the rules {0}, but there are {1} others:\n{2}");
        put("validation.count", "期望有 {0} 个发现，但有 {1} 个：\n{2}", "Expecting {0} findings, but there are {1}:\n{2}");
        put(
                "validation.countRule",
                "期望有 {0} 个规则 {1} 的发现，但有 {2} 个。全部发现为：\n{3}",
                "Expecting {0} findings of the rule {1}, but there are {2}. All findings:\n{3}");
        put(
                "validation.countSeverity",
                "期望有 {0} 个{1}，但有 {2} 个。全部发现为：\n{3}",
                "Expecting {0} findings of severity {1}, but there are {2}. All findings:\n{3}");
        put(
                "validation.unknownRule",
                "规则集“{1}”中没有 id 为 {0} 的规则，这条断言无从检验（是否拼错了？）。规则集中的规则：{2}",
                "The profile \"{1}\" has no rule with the id {0}, so the assertion could never fail (a typo?)."
                        + " The profile's rules: {2}");

        // findings
        put("finding.rule", "规则 {0} 的发现", "findings of the rule {0}");
        put("finding.any", "该发现", "the finding");
        put("finding.at", "位于 {0}", "at {0}");
        put("finding.within", "位于章节 {0} 之内", "within the section {0}");
        put("finding.atLine", "在第 {0} 行", "on line {0}");
        put("finding.severity", "严重程度为{0}", "of severity {0}");
        put("finding.message", "消息为“{0}”", "with the message \"{0}\"");
        put("finding.messageContaining", "消息含有“{0}”", "with a message containing \"{0}\"");
        put("finding.fixContaining", "建议含有“{0}”", "with a suggested fix containing \"{0}\"");
        put("finding.fix", "带有修改建议", "with a suggested fix");
        put("finding.detail", "细节 {0} 为 {1}", "with the detail {0} = {1}");
        put("finding.and", "、", ", ");
        put(
                "finding.narrow",
                "期望{0}中有{1}的，但没有。{0}为：\n{2}",
                "Expecting among the {0} one {1}, but there is none. The {0}:\n{2}");
        put("finding.narrowed", "{0}（{1}）", "{0} ({1})");
        put("finding.count", "期望{0}有 {1} 个，但有 {2} 个：\n{3}", "Expecting {1} {0}, but there are {2}:\n{3}");

        // sections
        put(
                "section.heading",
                "期望章节 {0} 的标题为：\n  {1}\n但为：\n  {2}",
                "Expecting the heading of the section {0} to be:\n  {1}\nbut it was:\n  {2}");
        put(
                "section.headingContaining",
                "期望章节 {0} 的标题含有“{1}”，但标题为：\n  {2}",
                "Expecting the heading of the section {0} to contain \"{1}\", but it was:\n  {2}");
        put(
                "section.label",
                "期望章节 {0} 的编号为“{1}”，但为“{2}”",
                "Expecting the section {0} to be numbered \"{1}\", but it is numbered \"{2}\"");
        put(
                "section.kind",
                "期望章节 {0} 是{1}（{2}），但它被识别为{3}（{4}）",
                "Expecting the section {0} to be {1} ({2}), but it was classified as {3} ({4})");
        put(
                "section.runIn",
                "期望章节 {0} 的标题与正文连排（标题是段落的首句），但标题单独成行",
                "Expecting the heading of the section {0} to run in (to be the first sentence of a paragraph), but it"
                        + " stands on its own line");
        put(
                "section.notRunIn",
                "期望章节 {0} 的标题单独成行，但它与正文连排",
                "Expecting the heading of the section {0} to stand on its own line, but it runs in");
        put(
                "section.level",
                "期望章节 {0} 是第 {1} 层，但为第 {2} 层",
                "Expecting the section {0} at level {1}, but it is at level {2}");
        put(
                "section.subsectionCount",
                "期望章节 {0} 有 {1} 个下级章节，但有 {2} 个：\n{3}",
                "Expecting the section {0} to have {1} sub-sections, but it has {2}:\n{3}");
        put(
                "section.paragraphCount",
                "期望章节 {0} 有 {1} 个段落（不计下级章节），但有 {2} 个",
                "Expecting the section {0} to have {1} paragraphs of its own, but it has {2}");
        put(
                "section.containsText",
                "期望章节 {0} 含有“{1}”，但没有。章节的文字为：\n{2}",
                "Expecting the section {0} to contain \"{1}\", but it does not. The section's text:\n{2}");
        put(
                "section.doesNotContainText",
                "期望章节 {0} 不含“{1}”，但 {2} 含有：\n  {3}",
                "Expecting the section {0} not to contain \"{1}\", but {2} does:\n  {3}");
        put(
                "section.subsection",
                "期望章节 {0} 有第 {1} 个下级章节，但它只有 {2} 个：\n{3}",
                "Expecting the section {0} to have a sub-section number {1}, but it has only {2}:\n{3}");
        put(
                "section.subsectionKind",
                "期望章节 {0} 之下有{1}（{2}），但没有。它的下级章节为：\n{3}",
                "Expecting {1} ({2}) under the section {0}, but there is none. Its sub-sections are:\n{3}");

        // baseline
        put(
                "baseline.new",
                "期望与基线相比没有新的发现，但有 {0} 个：\n{1}",
                "Expecting no findings beyond the baseline, but there are {0} new:\n{1}");
        put(
                "baseline.gone",
                "\n（另有 {0} 个基线中的发现已经消失，可从基线中删去。）",
                "\n({0} findings of the baseline have gone and can be removed from it.)");
        put(
                "baseline.newCount",
                "期望与基线相比有 {0} 个新发现，但有 {1} 个：\n{2}",
                "Expecting {0} findings beyond the baseline, but there are {1}:\n{2}");
        put(
                "baseline.severalFiles",
                "基线记录了 {0} 个文件的发现（{1}）：请用 hasNoNewFindings(baseline, file) 指明报告的文件",
                "The baseline holds the findings of {0} files ({1}): name the report's file with"
                        + " hasNoNewFindings(baseline, file)");
    }

    /** Whether {@code locale} asks for English (anything else is written in Chinese). */
    public static boolean isEnglish(Locale locale) {
        return locale.getLanguage().equals("en");
    }

    /** The text {@code key} in {@code locale} with {@code {0}}, {@code {1}}… replaced by {@code args}. */
    public static String format(Locale locale, String key, Object... args) {
        String template = (isEnglish(locale) ? EN : ZH).get(key);
        Objects.requireNonNull(template, key);
        StringBuilder out = new StringBuilder(template.length() + 32);
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if (c == '{') {
                int close = template.indexOf('}', i);
                if (close > i + 1 && close - i <= 3) {
                    String n = template.substring(i + 1, close);
                    if (n.chars().allMatch(Character::isDigit)) {
                        int index = Integer.parseInt(n);
                        out.append(index < args.length ? String.valueOf(args[index]) : "{" + n + "}");
                        i = close;
                        continue;
                    }
                }
            }
            out.append(c);
        }
        return out.toString();
    }

    /** Every key, for the tests that check both languages have the same keys. */
    public static java.util.Set<String> keys(Locale locale) {
        return java.util.Collections.unmodifiableSet((isEnglish(locale) ? EN : ZH).keySet());
    }
}
