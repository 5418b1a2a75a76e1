package io.github.fazhi.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files that cannot be read: reported with the reader's reason, and put to a unit only by a clear file name. */
class UnreadableFilesTest {

    @TempDir
    Path dir;

    private final UnitList units = UnitList.of(
            List.of(Unit.of("清河市清河区交通运输局"), Unit.of("清河市清河区司法局").withAliases("区司法局"), Unit.of("清河市河东区司法局")));

    @Test
    void aFormatFazhiDoesNotReadIsRefusedByNameAndPutToTheUnitItsFileNameNames() throws Exception {
        Path rtf = dir.resolve("清河区交通运输局2025年度报告.rtf");
        Files.writeString(rtf, "{\\rtf1\\ansi 清河区交通运输局}", StandardCharsets.UTF_8);
        Auditor auditor = Auditor.builder().units(units).build();
        ReportSummary s = auditor.examine(rtf);
        assertThat(s.isReadable()).isFalse();
        assertThat(s.format()).contains("rtf");
        assertThat(s.readError()).hasValueSatisfying(e -> assertThat(e).contains(rtf.toString(), "RTF"));
        assertThat(s.match().unit()).contains("清河市清河区交通运输局");
        assertThat(s.match().method()).contains(MatchMethod.FILE_NAME);
        Audit audit = auditor.rollUp(List.of(s));
        assertThat(audit.unit("清河市清河区交通运输局").orElseThrow().status()).isEqualTo(AuditStatus.UNREADABLE);
        assertThat(audit.totals().unreadableFiles()).isEqualTo(1);
    }

    @Test
    void withoutFileNameAttributionTheFileIsListedAndTheUnitMissing() throws Exception {
        Path bad = dir.resolve("清河区交通运输局.docx");
        Files.write(bad, new byte[] {'P', 'K', 3, 4, 0, 0});
        Auditor auditor = Auditor.builder()
                .units(units)
                .attributeUnreadableByFileName(false)
                .build();
        Audit audit = auditor.audit(List.of(dir));
        assertThat(audit.unit("清河市清河区交通运输局").orElseThrow().status()).isEqualTo(AuditStatus.MISSING);
        assertThat(audit.unmatched())
                .singleElement()
                .satisfies(f -> assertThat(f.isReadable()).isFalse());
    }

    @Test
    void aFileNameThatFitsSeveralUnitsPutsTheFileToNone() throws Exception {
        Path bad = dir.resolve("司法局.docx");
        Files.write(bad, new byte[] {'P', 'K', 3, 4, 0, 0});
        Audit audit = Auditor.builder().units(units).build().audit(List.of(bad));
        assertThat(audit.unmatched())
                .singleElement()
                .satisfies(f -> assertThat(f.match().candidates()).containsExactlyInAnyOrder("清河市清河区司法局", "清河市河东区司法局"));
        assertThat(audit.units()).allSatisfy(u -> assertThat(u.status()).isEqualTo(AuditStatus.MISSING));
    }

    @Test
    void aPathThatNamesNothingIsReportedNotThrown() {
        Audit audit = Auditor.builder().units(units).build().audit(List.of(dir.resolve("无此文件.txt")));
        assertThat(audit.unmatched())
                .singleElement()
                .satisfies(f -> assertThat(f.readError())
                        .hasValueSatisfying(e -> assertThat(e).contains("无此文件.txt", "文件不存在")));
    }

    @Test
    void foldersAreSearchedRecursivelyForReportFilesOnly() throws Exception {
        Files.createDirectories(dir.resolve("a/b"));
        Files.writeString(dir.resolve("a/b/x.txt"), "x");
        Files.writeString(dir.resolve("a/y.docx"), "y");
        Files.writeString(dir.resolve("a/.hidden.txt"), "h");
        Files.writeString(dir.resolve("a/~$y.docx"), "lock");
        Files.writeString(dir.resolve("a/notes.xlsx"), "n");
        Files.createDirectories(dir.resolve("out"));
        Files.writeString(dir.resolve("out/old.txt"), "o");
        assertThat(Auditor.reportFiles(List.of(dir), List.of(dir.resolve("out"))))
                .containsExactly(dir.resolve("a/b/x.txt"), dir.resolve("a/y.docx"));
    }
}
