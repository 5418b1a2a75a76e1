package io.github.fazhi.docx;

import io.github.fazhi.core.testing.FuzzCampaign;
import io.github.fazhi.core.testing.ReaderFuzzing;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Fuzzing the DOCX reader (issue 17): fazhi's own DOCX of two reports, damaged three ways: bytes of the
 * archive mutated; one XML part mutated as text and zipped again (damage that reaches the XML parser and the
 * extractor); and a paragraph of random text added to the body, which must be read without losing a
 * character. Every input is read or refused with the reader's own exception within the hang limit. Counts in
 * {@code target/fuzz/docx.txt}.
 */
class DocxReaderFuzzProperties extends ReaderFuzzing {

    private static final DocxReportReader READER = DocxReportReader.standard();
    private static final List<byte[]> SEEDS = List.of(
            DocxRenderer.standard().renderToBytes(SampleReports.qingheJustice()),
            DocxRenderer.standard().renderToBytes(SampleReports.qingheGovernment()));
    private static final List<Map<String, byte[]>> ENTRIES =
            SEEDS.stream().map(FuzzCampaign::unzip).toList();
    private static final String TEXT = "依法行政推进法治政府建设（一）1.、。，；：“”《》〔〕2025年第一责任人abcXYZ0123456789 &<>\"'";

    DocxReaderFuzzProperties() {
        super("docx", SEEDS.size(), input -> READER.read(input, "fuzz.docx"));
    }

    @Override
    protected Input input(int seed, Random random) {
        int how = random.nextInt(3);
        if (how == 0) {
            return Input.of(FuzzCampaign.mutate(SEEDS.get(seed), random));
        } else if (how == 1) {
            return Input.of(FuzzCampaign.mutateXmlEntry(ENTRIES.get(seed), random));
        }
        StringBuilder text = new StringBuilder();
        for (int n = 1 + random.nextInt(60); n > 0; n--) {
            text.append(TEXT.charAt(random.nextInt(TEXT.length())));
        }
        String expected = text.toString().strip();
        return new Input(withParagraph(ENTRIES.get(seed), expected, random), expected);
    }

    /** The DOCX with a paragraph of {@code text} added after a random paragraph of its body. */
    private static byte[] withParagraph(Map<String, byte[]> entries, String text, Random random) {
        Map<String, byte[]> copy = new LinkedHashMap<>(entries);
        String xml = new String(copy.get("word/document.xml"), StandardCharsets.UTF_8);
        String escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        String p = "<w:p><w:r><w:t xml:space=\"preserve\">" + escaped + "</w:t></w:r></w:p>";
        int count = xml.split("</w:p>", -1).length - 1;
        int after = random.nextInt(Math.max(1, count));
        int at = -1;
        for (int k = 0; k <= after; k++) {
            at = xml.indexOf("</w:p>", at + 1);
        }
        xml = at < 0 ? xml : xml.substring(0, at + 6) + p + xml.substring(at + 6);
        copy.put("word/document.xml", xml.getBytes(StandardCharsets.UTF_8));
        return FuzzCampaign.zip(copy);
    }
}
