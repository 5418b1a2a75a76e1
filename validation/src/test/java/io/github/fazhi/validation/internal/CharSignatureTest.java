package io.github.fazhi.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fazhi.core.Lexicon;
import io.github.fazhi.core.Paragraph;
import io.github.fazhi.core.testing.ReportGenerator;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The rules that skip a text unit without their markers ({@link CharSignature}) must skip only texts where their
 * search finds nothing: for each, a text the rule's own search finds something in holds one of its markers. The
 * texts are made of the markers, the chars the patterns care about and a few others, and every text of generated
 * reports.
 */
class CharSignatureTest {

    @Property(tries = 3000)
    void aTextWithAMatchHoldsTheRulesMarkers(@ForAll("texts") String text) {
        assertSkipsOnlyWhatItCannotFind(text);
    }

    @Example
    void everyTextOfGeneratedReports() {
        ReportGenerator generator = new ReportGenerator(11);
        int units = 0;
        for (int i = 0; i < 100; i++) {
            for (Texts.Unit u : Texts.collectUnits(generator.generated(i).report())) {
                assertSkipsOnlyWhatItCannotFind(u.text());
                units++;
            }
        }
        assertThat(units).isGreaterThan(5000);
    }

    @Example
    void signaturesRecordTheMarkersOfTheText() {
        Texts.Unit plain = unit("全面推进依法行政，取得明显成效");
        Texts.Unit request = unit("以上报告，妥否，请批示。");
        assertThat(plain.holdsAny(RequestInReportRule.MARKERS)).isFalse();
        assertThat(request.holdsAny(RequestInReportRule.MARKERS)).isTrue();
        assertThat(request.holdsAny(ClassifiedMarkingRule.MARKERS)).isFalse();
        assertThat(unit("机密★5年").holdsAny(ClassifiedMarkingRule.MARKERS)).isTrue();
        assertThat(unit("乱码\uE123").holdsAny(EncodingDamageRule.DAMAGE)).isTrue();
        assertThat(unit("ÃÂ").holdsAny(EncodingDamageRule.DAMAGE)).isTrue();
        assertThat(unit("2025年").holdsAny(YearRangeMalformedRule.DIGITS)).isTrue();
        assertThat(unit("二〇二五年").holdsAny(YearRangeMalformedRule.DIGITS)).isFalse();
    }

    @Example
    void refusesACharItDoesNotRecord() {
        assertThatThrownBy(() -> CharSignature.of("否批示法"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("U+6CD5");
    }

    private static Texts.Unit unit(String text) {
        return new Texts.Unit(new Paragraph("p-1", text, java.util.Optional.empty()), text);
    }

    private static void assertSkipsOnlyWhatItCannotFind(String text) {
        long signature = CharSignature.signature(text);
        if (finds(Lexicon.REQUEST, text)) {
            assertThat(CharSignature.holdsAny(signature, RequestInReportRule.MARKERS))
                    .as("request in %s", text)
                    .isTrue();
        }
        if (finds(Lexicon.PLACEHOLDER, text)) {
            assertThat(CharSignature.holdsAny(signature, PlaceholderRule.MARKERS))
                    .as("placeholder in %s", text)
                    .isTrue();
        }
        if (finds(Lexicon.CLASSIFIED_MARKING, text)) {
            assertThat(CharSignature.holdsAny(signature, ClassifiedMarkingRule.MARKERS))
                    .as("marking in %s", text)
                    .isTrue();
        }
        if (finds(Lexicon.DOCUMENT_NUMBER_DAMAGED, text)) {
            assertThat(CharSignature.holdsAny(signature, DocumentNumberMalformedRule.HAO))
                    .as("document number in %s", text)
                    .isTrue();
        }
        if (finds(Lexicon.YEAR_RANGE_DAMAGED, text)) {
            assertThat(CharSignature.holdsAny(signature, YearRangeMalformedRule.NIAN)
                            && CharSignature.holdsAny(signature, YearRangeMalformedRule.DIGITS))
                    .as("year range in %s", text)
                    .isTrue();
        }
        if (EncodingDamageRule.firstDamage(text).isPresent()) {
            assertThat(CharSignature.holdsAny(signature, EncodingDamageRule.DAMAGE))
                    .as("damage in %s", text)
                    .isTrue();
        }
        if (text.chars().anyMatch(c -> ",:;?!()".indexOf(c) >= 0)) {
            assertThat(CharSignature.holdsAny(signature, HalfwidthPunctuationRule.ASCII_MARKS))
                    .as("ASCII marks in %s", text)
                    .isTrue();
        }
    }

    private static boolean finds(Pattern pattern, String text) {
        return pattern.matcher(text).find();
    }

    @Provide
    Arbitrary<String> texts() {
        List<String> pieces = new ArrayList<>(List.of(
                "妥否",
                "当否",
                "请批示",
                "请予批准",
                "审批",
                "批复",
                "特此请示",
                "以上请示",
                "请示如下",
                "XX",
                "××",
                "x01x",
                "某某",
                "*次",
                "【填写名称】",
                "【】",
                "（此处填写）",
                "(此处)",
                "机密★5年",
                "绝密",
                "秘密",
                "保密期限：10年",
                "〔2025〕3号",
                "2025〕3号",
                "【2025】3号",
                "〔25〕3号",
                "20212025年",
                "2025—2021年",
                "锟斤拷",
                "烫烫",
                "ÃÂ",
                "\uFFFD",
                "\uE000",
                "?",
                "依法",
                "行政",
                "年",
                "，",
                "。",
                ",",
                ":",
                ";",
                "!",
                "(",
                ")",
                "（",
                "）",
                "1",
                "9",
                " ",
                "\n"));
        pieces.addAll(Lexicon.SECRECY_LEVELS);
        return Arbitraries.of(pieces).list().ofMaxSize(8).map(l -> String.join("", l));
    }
}
