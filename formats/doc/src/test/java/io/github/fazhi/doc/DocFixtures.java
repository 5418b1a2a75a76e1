package io.github.fazhi.doc;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.poi.hpsf.CustomProperties;
import org.apache.poi.hpsf.DocumentSummaryInformation;
import org.apache.poi.hpsf.PropertySetFactory;
import org.apache.poi.hpsf.SummaryInformation;
import org.apache.poi.poifs.filesystem.DirectoryEntry;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/** The checked-in {@code .doc} files (see FIXTURES.md beside them) and files derived from them. */
final class DocFixtures {

    private DocFixtures() {}

    static byte[] bytes(String name) {
        try (InputStream in = DocFixtures.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@code doc} with the marks WPS Office puts into every file it saves, as found in real {@code .wps}
     * files written by WPS Office 社区版: a 12-byte {@code WpsCustomData} stream, a
     * {@code KSOProductBuildVer} custom property and the application name {@code WPS Office}. The Word
     * binary content stays as LibreOffice wrote it.
     */
    static byte[] withWpsMarks(byte[] doc, boolean customDataStream) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new java.io.ByteArrayInputStream(doc))) {
            DirectoryEntry root = fs.getRoot();
            if (customDataStream) {
                root.createDocument(
                        "WpsCustomData",
                        new java.io.ByteArrayInputStream(new byte[] {1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}));
            }
            SummaryInformation si = root.hasEntry(SummaryInformation.DEFAULT_STREAM_NAME)
                    ? (SummaryInformation) PropertySetFactory.create(root, SummaryInformation.DEFAULT_STREAM_NAME)
                    : PropertySetFactory.newSummaryInformation();
            si.setApplicationName("WPS Office_12.1.0.19770_F1E327BC-269C-435d-A152-05C5408002CA");
            si.write(root, SummaryInformation.DEFAULT_STREAM_NAME);
            DocumentSummaryInformation dsi = root.hasEntry(DocumentSummaryInformation.DEFAULT_STREAM_NAME)
                    ? (DocumentSummaryInformation)
                            PropertySetFactory.create(root, DocumentSummaryInformation.DEFAULT_STREAM_NAME)
                    : PropertySetFactory.newDocumentSummaryInformation();
            CustomProperties custom = new CustomProperties();
            custom.put("KSOProductBuildVer", "2052-12.1.0.19770");
            dsi.setCustomProperties(custom);
            dsi.write(root, DocumentSummaryInformation.DEFAULT_STREAM_NAME);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            fs.writeFilesystem(out);
            return out.toByteArray();
        } catch (IOException | org.apache.poi.hpsf.HPSFException e) {
            throw new IllegalStateException(e);
        }
    }
}
