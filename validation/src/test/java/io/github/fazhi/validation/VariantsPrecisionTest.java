package io.github.fazhi.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fazhi.core.AnnualReport;
import io.github.fazhi.core.PlainTextReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Measured precision: the variant reports of {@code src/test/resources/io/github/fazhi/validation/variants/}
 * (realistic reports of fictional offices, each a variant seen in real reports) checked with the national
 * profile, each against the findings a reviewing official expects, written beside it in {@code NN-name.expected}:
 * one finding a line, {@code severity rule-id place [detail=value…]}, the place {@code report} (the report as a
 * whole), {@code @text} (the first line where {@code text} stands) or {@code @=text} (the line that is
 * {@code text}: the sign-off block starts at its issuer line). The set must match exactly: a finding not
 * expected is a false positive, an expected one not found a miss.
 *
 * <p>A variant whose expectations need engine behaviour not built yet says so in a {@code pending:} line and is
 * skipped with that reason; its expectations stay as the official has them.
 *
 * <p>The table in {@code validation/README.md} (between the {@code precision} markers) is this test's output;
 * the test fails when it is stale. To rewrite it:
 *
 * <pre>
 * ./mvnw -B -q -pl validation -am test -Dtest=VariantsPrecisionTest -Dsurefire.failIfNoSpecifiedTests=false -Dfazhi.updateReadme=true
 * </pre>
 */
class VariantsPrecisionTest {

    private static final Path BASE = Path.of(System.getProperty("basedir", "."));
    private static final Path VARIANTS = BASE.resolve("src/test/resources/io/github/fazhi/validation/variants");
    private static final Path README = BASE.resolve("README.md");
    private static final String START = "<!-- precision:start (written by VariantsPrecisionTest) -->";
    private static final String END = "<!-- precision:end -->";
    private static final boolean UPDATE = Boolean.getBoolean("fazhi.updateReadme");

    /** Checks the pending variants too (to see what the engine gives them now): {@code -Dfazhi.variants.pending=true}. */
    private static final boolean PENDING_TOO = Boolean.getBoolean("fazhi.variants.pending");

    /** One finding as the sidecar writes it. */
    record Expected(String severity, String ruleId, String place, Map<String, String> detail) {
        boolean matches(Finding f, String fPlace) {
            if (!severity.equals(f.severity().name().toLowerCase(java.util.Locale.ROOT))
                    || !ruleId.equals(f.ruleId())
                    || !place.equals(fPlace)) {
                return false;
            }
            for (Map.Entry<String, String> d : detail.entrySet()) {
                Object v = f.detail().get(d.getKey());
                if (v == null || !v.toString().equals(d.getValue())) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public String toString() {
            return severity + " " + ruleId + " " + place + (detail.isEmpty() ? "" : " " + detail);
        }
    }

    /** A variant: its text, what the official expects, and why it is pending if it is. */
    record Variant(String name, String text, List<Expected> expected, Optional<String> pending) {}

    /** The outcome of one variant: expected findings found, false positives, misses. */
    record Outcome(Variant variant, List<Expected> found, List<String> falsePositives, List<Expected> misses) {}

    static List<Variant> variants() throws IOException {
        List<Variant> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(VARIANTS)) {
            for (Path txt :
                    files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                String name = txt.getFileName().toString().replaceFirst("\\.txt$", "");
                String text = Files.readString(txt, StandardCharsets.UTF_8);
                List<String> lines = text.lines().toList();
                List<Expected> expected = new ArrayList<>();
                Optional<String> pending = Optional.empty();
                for (String line : Files.readAllLines(VARIANTS.resolve(name + ".expected"), StandardCharsets.UTF_8)) {
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    if (line.startsWith("pending:")) {
                        pending =
                                Optional.of(line.substring("pending:".length()).strip());
                        continue;
                    }
                    String[] parts = line.strip().split(" ");
                    String place = parts[2];
                    if (place.startsWith("@")) {
                        boolean whole = place.startsWith("@=");
                        String anchor = place.substring(whole ? 2 : 1);
                        int at = -1;
                        for (int i = 0; i < lines.size() && at < 0; i++) {
                            if (whole
                                    ? lines.get(i).strip().equals(anchor)
                                    : lines.get(i).contains(anchor)) {
                                at = i + 1;
                            }
                        }
                        assertThat(at).as(name + ": no line holds " + anchor).isPositive();
                        place = "L" + at;
                    }
                    Map<String, String> detail = new LinkedHashMap<>();
                    for (int i = 3; i < parts.length; i++) {
                        String[] kv = parts[i].split("=", 2);
                        detail.put(kv[0], kv[1]);
                    }
                    expected.add(new Expected(parts[0], parts[1], place, detail));
                }
                out.add(new Variant(name, text, expected, pending));
            }
        }
        return out;
    }

    static Outcome check(Variant v) {
        AnnualReport report = PlainTextReader.standard().read(v.text(), v.name() + ".txt");
        List<Finding> findings =
                Samples.NATIONAL.validate(report, v.name() + ".txt").findings();
        List<Expected> open = new ArrayList<>(v.expected());
        List<Expected> found = new ArrayList<>();
        List<String> falsePositives = new ArrayList<>();
        for (Finding f : findings) {
            String place = f.span().map(s -> "L" + s.line()).orElse("report");
            Optional<Expected> match =
                    open.stream().filter(e -> e.matches(f, place)).findFirst();
            if (match.isPresent()) {
                open.remove(match.get());
                found.add(match.get());
            } else {
                falsePositives.add(f.severity().name().toLowerCase(java.util.Locale.ROOT) + " " + f.ruleId() + " "
                        + place + ": " + f.message());
            }
        }
        return new Outcome(v, found, falsePositives, open);
    }

    @TestFactory
    Stream<DynamicTest> eachVariantGivesExactlyTheFindingsAnOfficialExpects() throws IOException {
        return variants().stream()
                .map(v -> DynamicTest.dynamicTest(v.name(), () -> {
                    Assumptions.assumeTrue(
                            PENDING_TOO || v.pending().isEmpty(),
                            () -> "pending: " + v.pending().orElse(""));
                    Outcome o = check(v);
                    assertThat(o.falsePositives())
                            .as(v.name() + ": false positives")
                            .isEmpty();
                    assertThat(o.misses()).as(v.name() + ": misses").isEmpty();
                }));
    }

    @Test
    void thereAreAtLeastFortyVariantsWithCleanOnesAmongThem() throws IOException {
        List<Variant> all = variants();
        assertThat(all).hasSizeGreaterThanOrEqualTo(40);
        assertThat(all.stream().filter(v -> v.expected().isEmpty())).hasSizeGreaterThanOrEqualTo(5);
    }

    @Test
    void theReadmeTableIsThisRunsMeasurement() throws IOException {
        String table =
                table(variants().stream().map(VariantsPrecisionTest::check).toList());
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        int start = readme.indexOf(START);
        int end = readme.indexOf(END);
        String current = start >= 0 && end > start ? readme.substring(start + START.length(), end) : "";
        if (UPDATE) {
            String updated = start >= 0 && end > start
                    ? readme.substring(0, start + START.length()) + table + readme.substring(end)
                    : readme + "\n" + START + table + END + "\n";
            Files.writeString(README, updated, StandardCharsets.UTF_8);
            current = table;
        }
        assertThat(current)
                .as("validation/README.md's precision table is stale: rerun with -Dfazhi.updateReadme=true")
                .isEqualTo(table);
    }

    /** The per-rule table of expected, found, false positives and misses over the variants not pending. */
    static String table(List<Outcome> outcomes) {
        Map<String, int[]> byRule = new LinkedHashMap<>();
        for (Rule r : Rules.all()) {
            byRule.put(r.id(), new int[4]);
        }
        List<Outcome> measured =
                outcomes.stream().filter(o -> o.variant().pending().isEmpty()).toList();
        for (Outcome o : measured) {
            o.variant().expected().forEach(e -> byRule.computeIfAbsent(e.ruleId(), k -> new int[4])[0]++);
            o.found().forEach(e -> byRule.get(e.ruleId())[1]++);
            o.falsePositives().forEach(f -> byRule.computeIfAbsent(f.split(" ")[1], k -> new int[4])[2]++);
            o.misses().forEach(e -> byRule.get(e.ruleId())[3]++);
        }
        StringBuilder b = new StringBuilder("\n\n");
        long clean =
                measured.stream().filter(o -> o.variant().expected().isEmpty()).count();
        b.append(measured.size())
                .append(" variants measured (")
                .append(clean)
                .append(" of them clean reports that must give no finding), national profile.\n\n");
        b.append("| rule | expected | found as expected | false positives | misses |\n");
        b.append("|---|---:|---:|---:|---:|\n");
        int[] total = new int[4];
        for (Map.Entry<String, int[]> e : byRule.entrySet()) {
            int[] c = e.getValue();
            if (c[0] + c[1] + c[2] + c[3] == 0) {
                continue;
            }
            b.append("| `")
                    .append(e.getKey())
                    .append("` | ")
                    .append(c[0])
                    .append(" | ")
                    .append(c[1])
                    .append(" | ")
                    .append(c[2])
                    .append(" | ")
                    .append(c[3])
                    .append(" |\n");
            for (int i = 0; i < 4; i++) {
                total[i] += c[i];
            }
        }
        b.append("| **all rules** | ")
                .append(total[0])
                .append(" | ")
                .append(total[1])
                .append(" | ")
                .append(total[2])
                .append(" | ")
                .append(total[3])
                .append(" |\n");
        List<Outcome> pending =
                outcomes.stream().filter(o -> o.variant().pending().isPresent()).toList();
        if (!pending.isEmpty()) {
            b.append("\nPending (expectations kept as the official has them; skipped until the engine does this):\n\n");
            for (Outcome o : pending) {
                b.append("- `")
                        .append(o.variant().name())
                        .append("`: ")
                        .append(o.variant().pending().get())
                        .append('\n');
            }
        }
        return b.append('\n').toString();
    }
}
