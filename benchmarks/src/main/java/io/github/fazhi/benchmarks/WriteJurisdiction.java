package io.github.fazhi.benchmarks;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.HeaderLineKind;
import io.github.fazhi.core.PlainTextWriter;
import io.github.fazhi.core.SignOff;
import io.github.fazhi.core.StandardHeadings;
import io.github.fazhi.core.SubjectType;
import io.github.fazhi.core.Title;
import io.github.fazhi.core.testing.ReportGenerator;
import io.github.fazhi.docx.DocxRenderer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Writes a fictional jurisdiction for the audit's scale run: {@code units.txt} with {@code count} units
 * ({@code 清河市} + a two-character county + a department, all distinct) and {@code reports/} with one
 * generated report from each, issued under the unit's name (metadata, title and sign-off; the body is the
 * generator's). One report in three names its issuer without
 * the city ({@code 云溪县司法局}), so it is matched as a short form; one in ten is a DOCX (rendered by
 * fazhi-docx), the rest UTF-8 text. Sizes and defects are the generator's defaults.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.github.fazhi.benchmarks.WriteJurisdiction /tmp/fazhi-jurisdiction 3000 1
 * java -jar cli/target/fazhi.jar audit --expect /tmp/fazhi-jurisdiction/units.txt -o /tmp/audit /tmp/fazhi-jurisdiction/reports
 * </pre>
 */
public final class WriteJurisdiction {

    private static final String CITY = "清河市";
    private static final String FIRST = "云青白金玉龙凤石松柳桃杏梅兰竹溪泉川山岭";
    private static final String SECOND = "溪阳城源平安宁河丰和泽水林湖泉岗坪川台塘";
    private static final List<String> DEPARTMENTS = List.of(
            "司法局",
            "教育局",
            "财政局",
            "民政局",
            "交通运输局",
            "应急管理局",
            "自然资源局",
            "市场监督管理局",
            "住房和城乡建设局",
            "农业农村局",
            "卫生健康委员会",
            "人力资源和社会保障局");

    private WriteJurisdiction() {}

    /**
     * Writes the jurisdiction.
     *
     * @param args the folder, the number of units (and reports), and the seed
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: WriteJurisdiction <dir> <count> <seed>");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        long bytes = write(dir, count, Long.parseLong(args[2]));
        System.out.printf("%d units, %d reports, %,d bytes, in %s%n", count, count, bytes, dir);
    }

    /** The name of unit {@code i} without the city, e.g. {@code 云溪县司法局}. */
    static String shortName(int i) {
        int place = i / DEPARTMENTS.size();
        int places = FIRST.length() * SECOND.length();
        if (place >= places * 2) {
            throw new IllegalArgumentException("at most " + places * 2 * DEPARTMENTS.size() + " units");
        }
        String county = "" + FIRST.charAt(place % FIRST.length())
                + SECOND.charAt((place / FIRST.length()) % SECOND.length()) + (place < places ? "县" : "区");
        return county + DEPARTMENTS.get(i % DEPARTMENTS.size());
    }

    /**
     * {@code report} as issued by {@code issuer} alone: the metadata, the title (the standard one for its
     * year) and the sign-off name it, header lines naming the old issuer go; the body is left as generated.
     */
    static AnnualReport issuedBy(AnnualReport report, String issuer) {
        int year = report.reportingYear().orElseThrow();
        return new AnnualReport(
                report.metadata().toBuilder()
                        .issuers(List.of(issuer))
                        .subjectType(SubjectType.GOVERNMENT_DEPARTMENT)
                        .build(),
                report.header().stream()
                        .filter(h -> h.kind() != HeaderLineKind.ISSUER)
                        .toList(),
                Optional.of(Title.of(StandardHeadings.title(issuer, year))),
                report.preamble(),
                report.sections(),
                report.signOff().map(s -> new SignOff(s.id(), List.of(issuer), s.dateText(), s.date(), s.span())),
                report.trailing());
    }

    /** Writes {@code count} units and reports into {@code dir}; returns the bytes of the reports. */
    public static long write(Path dir, int count, long seed) throws IOException {
        Path reports = dir.resolve("reports");
        Files.createDirectories(reports);
        List<String> units = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            units.add(CITY + shortName(i));
        }
        Files.write(dir.resolve("units.txt"), units, StandardCharsets.UTF_8);
        ReportGenerator generator = new ReportGenerator(seed);
        DocxRenderer docx = DocxRenderer.builder().build();
        return IntStream.range(0, count)
                .parallel()
                .mapToLong(i -> {
                    String issuer = i % 3 == 0 ? shortName(i) : CITY + shortName(i);
                    AnnualReport r = issuedBy(generator.generate(i), issuer);
                    try {
                        byte[] bytes;
                        Path file;
                        if (i % 10 == 0) {
                            ByteArrayOutputStream out = new ByteArrayOutputStream();
                            docx.render(r, out);
                            bytes = out.toByteArray();
                            file = reports.resolve(String.format("%05d.docx", i));
                        } else {
                            bytes = PlainTextWriter.standard().write(r).getBytes(StandardCharsets.UTF_8);
                            file = reports.resolve(String.format("%05d.txt", i));
                        }
                        Files.write(file, bytes);
                        return bytes.length;
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                })
                .sum();
    }
}
