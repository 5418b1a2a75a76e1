package io.github.fazhi.core;

import io.github.fazhi.core.testing.FuzzCampaign;
import io.github.fazhi.core.testing.ReaderFuzzing;
import io.github.fazhi.core.testing.ReportGenerator;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Fuzzing the plain-text reader (issue 17): generated reports in UTF-8, GB18030 and UTF-16, mutated at the
 * byte level; every input is read or refused with the reader's own exception, within the hang limit, and an
 * input that is valid UTF-8 and read loses no character. 2,000 tries in the normal build; {@code -Pfuzz}
 * multiplies each try ({@link FuzzCampaign#factor()}) and writes the counts to {@code target/fuzz/text.txt}.
 */
class TextReaderFuzzProperties extends ReaderFuzzing {

    private static final PlainTextReader READER = PlainTextReader.standard();
    private static final List<byte[]> SEEDS = seeds();

    private static List<byte[]> seeds() {
        List<byte[]> out = new ArrayList<>();
        ReportGenerator generator = new ReportGenerator(17);
        for (int i = 0; i < 4; i++) {
            String text = PlainTextWriter.standard().write(generator.generate(i));
            out.add(text.getBytes(StandardCharsets.UTF_8));
            out.add(text.substring(0, Math.min(text.length(), 600)).getBytes(Charset.forName("GB18030")));
        }
        out.add("\uFEFF一、2025年推进法治政府建设的主要举措和成效\n（一）坚持依法行政。".getBytes(StandardCharsets.UTF_16));
        out.add(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, (byte) 0xE2, (byte) 0x80, (byte) 0x8B});
        return out;
    }

    TextReaderFuzzProperties() {
        super("text", SEEDS.size(), input -> READER.read(input, "fuzz.txt"));
    }

    @Override
    protected Input input(int seed, Random random) {
        byte[] input = FuzzCampaign.mutate(SEEDS.get(seed), random);
        return new Input(input, strictUtf8(input));
    }

    /** The text of a valid UTF-8 input without control characters, or empty: what a read must keep. */
    static String strictUtf8(byte[] input) {
        try {
            String s = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(input))
                    .toString();
            s = s.startsWith("\uFEFF") ? s.substring(1) : s;
            return s.chars()
                            .anyMatch(c ->
                                    Character.getType(c) == Character.CONTROL && c != '\n' && c != '\r' && c != '\t')
                    ? ""
                    : s;
        } catch (CharacterCodingException e) {
            return "";
        }
    }
}
