package io.github.fazhi.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.fazhi.core.read.Readers;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every report of the shared corpus reads at least as well as it did when the baseline was recorded
 * ({@code corpus-baseline.tsv}): title, issuers, reporting year, the kinds of the top-level sections and the
 * sub-sections that hold the first-responsible-person content. A field may go from absent to present, or
 * change where the baseline file lists the change with its reason ({@code ~} lines); nothing found before may
 * be lost.
 *
 * <p>Run with {@code -Dfazhi.corpus.record=true} to print the current reading in the file's format (to
 * record a first baseline; the checked-in rows are never rewritten, changes go into {@code ~} lines).
 */
class CorpusBaselineTest {

    static final String BASELINE = "/corpus-baseline.tsv";
    static final List<String> FIELDS = List.of("title", "issuers", "year", "kinds", "subKinds");
    static final String NONE = "-";

    static Path corpus() {
        return Path.of(System.getProperty("fazhi.corpus", "../../shared/corpus"));
    }

    /** The fields the baseline records for one report, in {@link #FIELDS} order. */
    static Map<String, String> reading(AnnualReport r) {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("title", r.title().map(Title::text).orElse(NONE));
        out.put(
                "issuers",
                r.metadata().issuers().isEmpty()
                        ? NONE
                        : String.join("|", r.metadata().issuers()));
        out.put(
                "year",
                r.reportingYear().isPresent()
                        ? Integer.toString(r.reportingYear().getAsInt())
                        : NONE);
        String kinds = r.sections().stream().map(s -> s.kind().name()).collect(Collectors.joining(" "));
        out.put("kinds", kinds.isEmpty() ? NONE : kinds);
        List<String> sub = new ArrayList<>();
        for (int i = 0; i < r.sections().size(); i++) {
            Section top = r.sections().get(i);
            int n = (int) top.allSections()
                    .skip(1)
                    .filter(s -> s.kind() == SectionKind.FIRST_RESPONSIBLE_PERSON)
                    .count();
            if (n > 0) {
                sub.add("s" + (i + 1) + ":FIRST_RESPONSIBLE_PERSON" + (n > 1 ? "x" + n : ""));
            }
        }
        out.put("subKinds", sub.isEmpty() ? NONE : String.join(" ", sub));
        return out;
    }

    record Baseline(Map<String, Map<String, String>> rows, Map<String, Map<String, String>> changes) {}

    static Baseline baseline() throws IOException {
        Map<String, Map<String, String>> rows = new LinkedHashMap<>();
        Map<String, Map<String, String>> changes = new LinkedHashMap<>();
        try (InputStream in = CorpusBaselineTest.class.getResourceAsStream(BASELINE)) {
            assertThat(in).as(BASELINE + " on the test class path").isNotNull();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t", -1);
                if (line.startsWith("~")) {
                    // ~file, field, new value, reason
                    assertThat(cols).as("change line %s", line).hasSize(4);
                    assertThat(FIELDS).contains(cols[1]);
                    assertThat(cols[3]).as("reason of %s", line).isNotBlank();
                    changes.computeIfAbsent(cols[0].substring(1), k -> new LinkedHashMap<>())
                            .put(cols[1], cols[2]);
                    continue;
                }
                assertThat(cols).as("baseline row %s", line).hasSize(FIELDS.size() + 1);
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < FIELDS.size(); i++) {
                    row.put(FIELDS.get(i), cols[i + 1]);
                }
                rows.put(cols[0], row);
            }
        }
        return new Baseline(rows, changes);
    }

    static List<Path> corpusFiles() throws IOException {
        try (Stream<Path> files = Files.list(corpus())) {
            return files.filter(p -> !p.getFileName().toString().equals("README.md"))
                    .sorted()
                    .toList();
        }
    }

    @Test
    void everyCorpusFileReadsAtLeastAsWellAsTheBaseline() throws IOException {
        assumeTrue(Files.isDirectory(corpus()), "the shared corpus folder " + corpus() + " is absent");
        if (Boolean.getBoolean("fazhi.corpus.record")) {
            for (Path file : corpusFiles()) {
                System.out.println(file.getFileName() + "\t"
                        + String.join("\t", reading(Readers.read(file)).values()));
            }
        }
        Baseline b = baseline();
        List<Path> files = corpusFiles();
        assertThat(files.stream().map(p -> p.getFileName().toString()))
                .as("every corpus file has a baseline row")
                .containsExactlyInAnyOrderElementsOf(b.rows().keySet());
        for (Path file : files) {
            String name = file.getFileName().toString();
            Map<String, String> now = reading(Readers.read(file));
            Map<String, String> before = b.rows().get(name);
            Map<String, String> changed = b.changes().getOrDefault(name, Map.of());
            for (String field : FIELDS) {
                String was = before.get(field);
                String expected = changed.getOrDefault(field, was);
                assertThat(now.get(field))
                        .as("%s %s (baseline %s%s)", name, field, was, changed.containsKey(field) ? ", changed" : "")
                        .isEqualTo(expected);
            }
        }
    }

    @Test
    void everyChangeKeepsWhatTheBaselineFound() throws IOException {
        Baseline b = baseline();
        b.changes().forEach((file, fields) -> {
            Map<String, String> before = b.rows().get(file);
            assertThat(before)
                    .as("change for a file without a baseline row: %s", file)
                    .isNotNull();
            fields.forEach((field, value) -> {
                String was = before.get(field);
                assertThat(value)
                        .as("%s %s: a change replaces a value, never drops it", file, field)
                        .isNotEqualTo(NONE);
                if (field.equals("kinds") && !was.equals(NONE)) {
                    // a deliberate change of kinds may reclassify, but never lose a mandated part it found
                    for (String kind : was.split(" ")) {
                        if (!kind.equals("THEMATIC")) {
                            assertThat(value.split(" "))
                                    .as("%s kinds keep %s", file, kind)
                                    .contains(kind);
                        }
                    }
                }
            });
        });
    }
}
