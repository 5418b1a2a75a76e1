package io.github.fazhi.docx;

import static io.github.fazhi.docx.DocxFixture.p;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fazhi.core.ReportReadException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each hostile file is crafted here and must fail with a clear {@link ReportReadException} naming the file. */
class HostileDocxTest {

    private static final DocxReportReader READER = DocxReportReader.standard();

    private static ReportReadException fails(byte[] bytes) {
        try {
            READER.read(bytes, "来件.docx");
        } catch (ReportReadException e) {
            assertThat(e.source()).isEqualTo("来件.docx");
            assertThat(e.getMessage()).startsWith("来件.docx: ");
            return e;
        }
        throw new AssertionError("read a hostile file without complaint");
    }

    private static byte[] validDocx() {
        return DocxFixture.body(p("正文")).bytes();
    }

    /** A valid package whose {@code word/document.xml} is {@code documentBytes}, compressed as hard as it goes. */
    private static byte[] withDocument(byte[] documentBytes) throws Exception {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        DocxXml.unzip(validDocx()).forEach(parts::put);
        parts.put("word/document.xml", documentBytes);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            z.setLevel(Deflater.BEST_COMPRESSION);
            for (Map.Entry<String, byte[]> e : parts.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue());
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }

    @Test
    void aMalformedContentTypesPartIsRefusedInOurWordsBeforePoiLogsAboutIt() throws Exception {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        DocxXml.unzip(validDocx()).forEach(parts::put);
        parts.put("[Content_Types].xml", "<Types><Default Extension=xml/></Types>".getBytes(StandardCharsets.UTF_8));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : parts.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue());
                z.closeEntry();
            }
        }
        ReportReadException e = fails(out.toByteArray());
        assertThat(e.location()).isEqualTo("[Content_Types].xml");
        assertThat(e.problem()).startsWith("文档 XML 格式错误");
    }

    @Test
    void zipBombIsStoppedByTheInflateRatio() throws Exception {
        // 200 MB of the same byte compresses to about 200 KB: a 1000-fold expansion
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            z.setLevel(Deflater.BEST_COMPRESSION);
            z.putNextEntry(new ZipEntry("[Content_Types].xml"));
            byte[] block = new byte[1 << 20];
            java.util.Arrays.fill(block, (byte) ' ');
            for (int i = 0; i < 200; i++) {
                z.write(block);
            }
            z.closeEntry();
        }
        byte[] bomb = out.toByteArray();
        assertThat(bomb.length).isLessThan(1 << 20);
        ReportReadException e = fails(bomb);
        assertThat(e.problem()).contains("压缩炸弹").contains("压缩比");
        assertThat(e.location()).isEqualTo("[Content_Types].xml");
    }

    @Test
    void entriesAndTotalsAreBounded() throws Exception {
        byte[] noise = new byte[300_000];
        new java.util.Random(7).nextBytes(noise);
        byte[] big = withDocument(noise);
        DocxReportReader small =
                DocxReportReader.builder().maxEntryBytes(200_000).build();
        assertThatThrownBy(() -> small.readLines(big, "big.docx"))
                .isInstanceOf(ReportReadException.class)
                .hasMessageContaining("big.docx")
                .hasMessageContaining("word/document.xml")
                .hasMessageContaining("200000");
        DocxReportReader total =
                DocxReportReader.builder().maxTotalBytes(250_000).build();
        assertThatThrownBy(() -> total.readLines(big, "big.docx"))
                .isInstanceOf(ReportReadException.class)
                .hasMessageContaining("总计");
        DocxReportReader few = DocxReportReader.builder().maxEntries(2).build();
        assertThatThrownBy(() -> few.readLines(validDocx(), "many.docx"))
                .isInstanceOf(ReportReadException.class)
                .hasMessageContaining("条目超过 2 个");
        DocxReportReader tiny = DocxReportReader.builder().maxFileBytes(100).build();
        assertThatThrownBy(() -> tiny.readLines(new ByteArrayInputStream(validDocx()), "large.docx"))
                .isInstanceOf(ReportReadException.class)
                .hasMessageContaining("文件超过 100 字节");
    }

    @Test
    void entityExpansionIsRefused() throws Exception {
        StringBuilder dtd =
                new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY l0 \"哈哈哈哈哈哈哈哈哈哈\">");
        for (int i = 1; i <= 10; i++) {
            dtd.append("<!ENTITY l").append(i).append(" \"");
            dtd.append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
        }
        dtd.append("]>");
        String doc = dtd + "<w:document " + DocxFixture.NS + "><w:body>" + p("&l10;") + "</w:body></w:document>";
        ReportReadException e = fails(withDocument(doc.getBytes(StandardCharsets.UTF_8)));
        assertThat(e.problem()).contains("DTD");
        assertThat(e.location()).isEqualTo("word/document.xml");
    }

    @Test
    void externalEntitiesAreNeverResolved(@TempDir Path dir) throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-MARKER");
        String doc = "<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>"
                + "<w:document " + DocxFixture.NS + "><w:body>" + p("&xxe;") + "</w:body></w:document>";
        ReportReadException e = fails(withDocument(doc.getBytes(StandardCharsets.UTF_8)));
        assertThat(e.getMessage()).doesNotContain("TOP-SECRET-MARKER");
        assertThat(e.problem()).contains("外部实体");
        String remote = "<?xml version=\"1.0\"?><!DOCTYPE w:document SYSTEM \"http://127.0.0.1:9/evil.dtd\">"
                + "<w:document " + DocxFixture.NS + "><w:body>" + p("正文") + "</w:body></w:document>";
        assertThat(fails(withDocument(remote.getBytes(StandardCharsets.UTF_8))).problem())
                .contains("DTD");
        // the package's own XML ([Content_Types].xml) goes through POI's hardened parser as well
        Map<String, String> parts = new LinkedHashMap<>();
        DocxXml.unzip(validDocx()).forEach((k, v) -> parts.put(k, new String(v, StandardCharsets.UTF_8)));
        parts.put(
                "[Content_Types].xml",
                "<?xml version=\"1.0\"?><!DOCTYPE Types [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>"
                        + parts.get("[Content_Types].xml").replaceFirst("<\\?xml[^>]*>", ""));
        ReportReadException types = fails(DocxFixture.zip(parts));
        assertThat(types.getMessage()).doesNotContain("TOP-SECRET-MARKER");
    }

    @Test
    void aDoctypeHiddenPastTheQuickCheckIsStillRefusedByPoisHardenedParser(@TempDir Path dir) throws Exception {
        // the reader looks for DOCTYPE in the first 64 KB of each XML part; past that, POI's parser is what stops it
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-MARKER");
        java.util.Random random = new java.util.Random(11);
        StringBuilder comment = new StringBuilder("<!-- ");
        while (comment.length() < 80_000) {
            comment.append(Long.toHexString(random.nextLong()));
        }
        comment.append(" -->");
        String doc = "<?xml version=\"1.0\"?>" + comment + "<!DOCTYPE w:document [<!ENTITY xxe SYSTEM \""
                + secret.toUri() + "\"><!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">]>"
                + "<w:document " + DocxFixture.NS + "><w:body>" + p("&xxe;&b;") + "</w:body></w:document>";
        ReportReadException e = fails(withDocument(doc.getBytes(StandardCharsets.UTF_8)));
        assertThat(e.getMessage()).doesNotContain("TOP-SECRET-MARKER");
        assertThat(e.problem()).contains("DTD").contains("disallow-doctype-decl");
        assertThat(e.getCause()).isInstanceOf(org.xml.sax.SAXParseException.class);
    }

    @Test
    void aTextFileIsNotADocx() {
        ReportReadException e = fails("清河区司法局2024年法治政府建设年度报告\n一、主要举措和成效\n".getBytes(StandardCharsets.UTF_8));
        assertThat(e.problem()).contains("不是 DOCX 文件").contains("纯文本");
        assertThat(fails(new byte[0]).problem()).contains("文件为空");
        assertThat(fails("%PDF-1.7\n%âãÏÓ\n".getBytes(StandardCharsets.ISO_8859_1))
                        .problem())
                .contains("PDF");
        assertThat(fails("{\\rtf1\\ansi 报告}".getBytes(StandardCharsets.UTF_8)).problem())
                .contains("RTF");
        assertThat(fails(new byte[] {0x13, 0x00, (byte) 0xff, 0x01, 0x02, 0x7f, 0x00, 0x05, 0x11})
                        .problem())
                .contains("ZIP 签名");
    }

    @Test
    void aRenamedWord97DocIsNamedAsSuch() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            fs.createDocument(new ByteArrayInputStream(new byte[512]), "WordDocument");
            fs.writeFilesystem(out);
        }
        assertThat(fails(out.toByteArray()).problem()).contains(".doc").contains("另存为 .docx");
    }

    @Test
    void anEncryptedDocumentSaysItIsPasswordProtected() throws Exception {
        byte[] plain = DocxRenderer.standard().renderToBytes(SampleReports.qingheJustice());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor enc = info.getEncryptor();
            enc.confirmPassword("口令123");
            try (OutputStream os = enc.getDataStream(fs)) {
                os.write(plain);
            }
            fs.writeFilesystem(out);
        }
        ReportReadException e = fails(out.toByteArray());
        assertThat(e.problem()).contains("已加密").contains("密码");
        assertThat(e.getMessage()).doesNotContain("Exception");
    }

    @Test
    void otherZipsAndOtherOfficeFilesAreNotWordDocuments() throws Exception {
        assertThat(fails(DocxFixture.zip(Map.of("readme.txt", "你好"))).problem()).contains("ZIP 压缩包");
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            wb.createSheet("表1").createRow(0).createCell(0).setCellValue("法治政府");
            wb.write(xlsx);
        }
        assertThat(fails(xlsx.toByteArray()).problem()).contains("电子表格");
        byte[] docx = validDocx();
        byte[] truncated = java.util.Arrays.copyOf(docx, docx.length / 2);
        assertThat(fails(truncated).problem()).containsAnyOf("损坏", "无法按 DOCX 读取");
    }

    @Test
    void absurdNestingIsRefusedInsteadOfOverflowingTheStack() {
        // random ids keep the XML from compressing like a bomb, so the depth limit is what stops it
        java.util.Random random = new java.util.Random(3);
        StringBuilder openTags = new StringBuilder();
        for (int i = 0; i < 5000; i++) {
            openTags.append("<w:sdt><w:sdtPr><w:id w:val=\"")
                    .append(random.nextInt(Integer.MAX_VALUE))
                    .append("\"/></w:sdtPr><w:sdtContent>");
        }
        String open = openTags.toString();
        String close = "</w:sdtContent></w:sdt>".repeat(5000);
        ReportReadException e = fails(DocxFixture.body(open + p("深处") + close).bytes());
        // fazhi stops at 256 levels; JDK 24 and later stop earlier, at their own jdk.xml.maxElementDepth (100)
        assertThat(e.problem()).matches("文档元素嵌套超过 (256|100) 层");
    }

    @Test
    void messagesInEnglishOnRequest() {
        DocxReportReader english =
                DocxReportReader.builder().locale(Locale.ENGLISH).build();
        assertThatThrownBy(() -> english.readLines("plain text".getBytes(StandardCharsets.UTF_8), "a.docx"))
                .isInstanceOf(ReportReadException.class)
                .hasMessage("a.docx: not a DOCX file (Word 2007 or later): it is plain text; read it with the "
                        + "plain-text reader");
    }

    @Test
    void readingAPathNamesTheFile(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("2024年报告.docx");
        Files.writeString(f, "不是 docx");
        assertThatThrownBy(() -> READER.readLines(f))
                .isInstanceOf(ReportReadException.class)
                .hasMessageStartingWith(f + ": ");
    }

    @Test
    void anEmptyDocumentIsNotAReport() {
        ReportReadException e = fails(DocxFixture.body("<w:p/>").bytes());
        assertThat(e.getMessage()).startsWith("来件.docx: ");
    }
}
