package io.github.fazhi.ofd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fazhi.core.ReportReadException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * Hostile packages: a clear error naming the file, in bounded time and memory, before ofdrw reads anything;
 * nothing written outside the reader's own temporary directory, which is gone afterwards.
 */
class HostileOfdTest {

    private static final OfdReportReader READER = OfdReportReader.standard();
    private static final byte[] OFD = OfdFixtures.bytes("qingyuan-2025.ofd");
    private static final String CONTENT = "Doc_0/Pages/Page_0/Content.xml";

    static Map<String, byte[]> entries(byte[] zip) throws IOException {
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                out.put(e.getName(), in.readAllBytes());
            }
        }
        return out;
    }

    private static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue());
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /** The report's OFD with one part replaced or added. */
    private static byte[] with(String name, String content) throws IOException {
        Map<String, byte[]> e = entries(OFD);
        e.put(name, content.getBytes(StandardCharsets.UTF_8));
        return zip(e);
    }

    private static List<Path> ourTemporaryDirectories() throws IOException {
        try (Stream<Path> s = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return s.filter(p -> p.getFileName().toString().startsWith("fazhi-ofd-"))
                    .toList();
        }
    }

    @Test
    void zipBombsStopBeforeTheyInflate() throws IOException {
        Map<String, byte[]> e = entries(OFD);
        e.put("Doc_0/Res/bomb.bin", new byte[48 << 20]); // 48 MiB of zeros: about 50 KB deflated
        byte[] bomb = zip(e);
        assertThat(bomb.length).isLessThan(200_000);
        assertThatThrownBy(() -> READER.read(bomb, "bomb.ofd"))
                .isInstanceOf(ReportReadException.class)
                .hasMessage("bomb.ofd: OFD 压缩包中的 Doc_0/Res/bomb.bin 压缩比超过 100 倍（疑似压缩炸弹）");
        assertThatThrownBy(() -> OfdReportReader.builder()
                        .minInflateRatio(0)
                        .maxEntryBytes(8 << 20)
                        .build()
                        .read(bomb, "bomb.ofd"))
                .hasMessage("bomb.ofd: OFD 压缩包中的 Doc_0/Res/bomb.bin 解压后超过 8388608 字节（疑似压缩炸弹）");
        assertThatThrownBy(() -> OfdReportReader.builder()
                        .minInflateRatio(0)
                        .maxTotalBytes(16 << 20)
                        .build()
                        .read(bomb, "bomb.ofd"))
                .hasMessageContaining("解压后总计超过 16777216 字节");
        Object[] many = new Object[2 * 300];
        for (int i = 0; i < 300; i++) {
            many[2 * i] = "Doc_0/Res/r" + i + ".txt";
            many[2 * i + 1] = "x";
        }
        byte[] crowded = OfdFixtures.zip(many);
        assertThatThrownBy(
                        () -> OfdReportReader.builder().maxEntries(100).build().read(crowded, "many.ofd"))
                .hasMessage("many.ofd: OFD 压缩包内条目超过 100 个（文件可能有害或已损坏）");
    }

    @Test
    void entryNamesThatWouldWriteElsewhereAreRefused(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        List<Path> before = ourTemporaryDirectories();
        for (String name : List.of(
                "../evil.xml",
                "Doc_0/../../evil.xml",
                "/etc/evil.xml",
                "C:/evil.xml",
                "Doc_0\\..\\..\\evil.xml",
                "./OFD.xml")) {
            byte[] traversal = with(name, "<x/>");
            assertThatThrownBy(() -> READER.read(traversal, "traversal.ofd"))
                    .as(name)
                    .isInstanceOf(ReportReadException.class)
                    .hasMessageStartingWith("traversal.ofd: OFD 压缩包中有不安全的条目名");
        }
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        assertThat(tmp.resolve("evil.xml")).doesNotExist();
        assertThat(tmp.getParent() == null ? tmp : tmp.getParent().resolve("evil.xml"))
                .doesNotExist();
        Map<String, byte[]> twice = entries(OFD);
        byte[] dup = OfdFixtures.zip("OFD.xml", twice.get("OFD.xml"), "ofd.XML", "<x/>");
        assertThatThrownBy(() -> READER.read(dup, "dup.ofd")).hasMessageContaining("重复出现");
        // and a read leaves no temporary directory behind
        READER.read(OFD, "ok.ofd");
        assertThat(ourTemporaryDirectories()).containsExactlyInAnyOrderElementsOf(before);
    }

    @Test
    void dtdsEntityExpansionAndExternalEntitiesAreRefused() throws IOException {
        String laughs = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
                + "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
                + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">]>"
                + "<ofd:Page xmlns:ofd=\"http://www.ofdspec.org/2016\"><ofd:Content>&lol3;</ofd:Content></ofd:Page>";
        assertThatThrownBy(() -> READER.read(with(CONTENT, laughs), "laughs.ofd"))
                .isInstanceOf(ReportReadException.class)
                .hasMessage("laughs.ofd: OFD 中的 " + CONTENT + " 含有 DTD（文档类型定义），可能借实体展开或外部实体攻击读取方，已拒绝读取");
        String external = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>"
                + "<ofd:Page xmlns:ofd=\"http://www.ofdspec.org/2016\"><ofd:Content>&secret;</ofd:Content></ofd:Page>";
        assertThatThrownBy(() -> READER.read(with(CONTENT, external), "xxe.ofd"))
                .hasMessageContaining("含有 DTD");
        String deep = "<ofd:Page xmlns:ofd=\"http://www.ofdspec.org/2016\">" + "<a>".repeat(10_000)
                + "</a>".repeat(10_000) + "</ofd:Page>";
        assertThatThrownBy(() -> READER.read(with(CONTENT, deep), "deep.ofd"))
                .hasMessage("deep.ofd: OFD 中的 " + CONTENT + " 元素嵌套超过 256 层（文件有害或已损坏）");
        assertThatThrownBy(() -> READER.read(with(CONTENT, "<ofd:Page><unclosed>"), "bad.ofd"))
                .hasMessageStartingWith("bad.ofd: OFD 中的 " + CONTENT + " 不是格式正确的 XML");
    }

    @Test
    void encryptedScannedAndForeignFilesAreNamed() throws IOException {
        byte[] encrypted = with("Encryptions.xml", "<ofd:Encryptions xmlns:ofd=\"http://www.ofdspec.org/2016\"/>");
        assertThatThrownBy(() -> READER.read(encrypted, "secret.ofd"))
                .hasMessage("secret.ofd: OFD 文件已加密，无法读取；请提交未加密的文件");
        // every text object taken out of the pages: images only, as a scan
        Map<String, byte[]> e = entries(OFD);
        for (String name : new ArrayList<>(e.keySet())) {
            if (name.endsWith("Content.xml")) {
                String xml = new String(e.get(name), StandardCharsets.UTF_8);
                e.put(
                        name,
                        xml.replaceAll("(?s)<ofd:TextObject.*?</ofd:TextObject>", "")
                                .getBytes(StandardCharsets.UTF_8));
            }
        }
        byte[] scan = zip(e);
        assertThatThrownBy(() -> READER.read(scan, "scan.ofd"))
                .isInstanceOf(ReportReadException.class)
                .hasMessageStartingWith("scan.ofd: OFD 中没有可读取的文字（2 页共 0 个字符）");
        assertThatThrownBy(() ->
                        OfdReportReader.builder().locale(Locale.ENGLISH).build().read(scan, "scan.ofd"))
                .hasMessageContaining("no text to read");
        assertThatThrownBy(() -> READER.read(OfdFixtures.zip("readme.txt", "hello"), "a.ofd"))
                .hasMessage("a.ofd: 压缩包中没有 OFD.xml，不是 OFD 版式文件");
        assertThatThrownBy(() -> READER.read("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), "a.ofd"))
                .hasMessage("a.ofd: 这是PDF 文件，不是 OFD 版式文件");
        assertThatThrownBy(() -> OfdReportReader.builder().maxPages(1).build().read(OFD, "pages.ofd"))
                .hasMessage("pages.ofd: OFD 有 2 页，超过读取上限 1 页");
        assertThatThrownBy(
                        () -> OfdReportReader.builder().maxGlyphs(100).build().read(OFD, "long.ofd"))
                .hasMessage("long.ofd: OFD 的文字超过 100 个字符的上限，已停止读取");
        byte[] cut = Arrays.copyOf(OFD, OFD.length / 2);
        assertThatThrownBy(() -> READER.read(cut, "cut.ofd"))
                .isInstanceOf(ReportReadException.class)
                .hasMessageStartingWith("cut.ofd: ");
    }

    /** Damaged bytes give a report or a clear error, nothing else, and leave no temporary directory. */
    @Property(tries = 100)
    void damagedBytesGiveAReportOrAClearError(
            @ForAll @IntRange(min = 0, max = 5_300) int at,
            @ForAll byte value,
            @ForAll @IntRange(min = 1, max = 40) int run) {
        byte[] damaged = OFD.clone();
        for (int i = at; i < Math.min(damaged.length, at + run); i++) {
            damaged[i] = value;
        }
        try {
            READER.read(damaged, "damaged.ofd");
        } catch (ReportReadException e) {
            assertThat(e.getMessage()).startsWith("damaged.ofd: ");
        }
    }
}
