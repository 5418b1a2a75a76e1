package io.github.fazhi.ofd.internal.extract;

import io.github.fazhi.core.ReportReadException;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * An OFD package (a ZIP of XML parts and resources) read into memory and checked before ofdrw sees it,
 * since ofdrw's own reader unpacks to disk with no limit on sizes and a path check that {@code ..} can
 * pass: the number of entries, each entry's and the total inflated size, the inflation ratio (a zip bomb),
 * entry names (absolute paths, {@code ..} segments, drive letters, backslashes, NUL, duplicates: path
 * traversal), and every XML part (no DTD, so no entity expansion and no external entities; a bounded
 * nesting depth; well-formed). Only then is it written to a private temporary directory for ofdrw.
 */
final class OfdPackage {

    private final String source;
    private final OfdLimits limits;
    private final OfdMessages messages;
    private final Map<String, byte[]> entries = new LinkedHashMap<>();
    private final java.util.Set<String> names = new java.util.HashSet<>();

    private OfdPackage(String source, OfdLimits limits, OfdMessages messages) {
        this.source = source;
        this.limits = limits;
        this.messages = messages;
    }

    /**
     * Reads and checks the package in {@code content}.
     *
     * @throws ReportReadException when it is hostile, damaged or no OFD
     */
    static OfdPackage read(byte[] content, String source, OfdLimits limits, OfdMessages messages) {
        OfdPackage p = new OfdPackage(source, limits, messages);
        p.unzip(content);
        p.check();
        return p;
    }

    Map<String, byte[]> entries() {
        return entries;
    }

    /** Writes the checked entries under {@code dir}, which ofdrw then reads. */
    void writeTo(Path dir) throws IOException {
        Path root = dir.toAbsolutePath().normalize();
        for (Map.Entry<String, byte[]> e : entries.entrySet()) {
            Path target = root.resolve(e.getKey()).normalize();
            if (!target.startsWith(root)) {
                throw fail(messages.get(OfdMessages.Key.BAD_NAME, e.getKey())); // checked already; never here
            }
            Files.createDirectories(target.getParent());
            Files.write(target, e.getValue());
        }
    }

    // ------------------------------------------------------------------------------------------------

    /** Counts the compressed bytes the inflater takes. */
    private static final class Counting extends FilterInputStream {
        long count;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }

    /** The largest declared entry size taken on trust for the first allocation (a larger one grows as read). */
    private static final long PRESIZE_LIMIT = 1 << 20;

    private void unzip(byte[] content) {
        Counting counting = new Counting(new ByteArrayInputStream(content));
        long total = 0;
        byte[] scratch = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(counting)) {
            ZipEntry entry;
            byte[] buffer = new byte[64 * 1024];
            while ((entry = zip.getNextEntry()) != null) {
                if (entries.size() >= limits.maxEntries()) {
                    throw fail(messages.get(OfdMessages.Key.TOO_MANY_ENTRIES, limits.maxEntries()));
                }
                String name = name(entry.getName());
                if (entry.isDirectory()) {
                    continue;
                }
                long startCompressed = counting.count;
                // read into the size the entry declares, when it does (within bounds: its bytes then need no
                // copying), else into a scratch buffer that one package's entries share, copied out at the end
                long declared = entry.getSize();
                byte[] out = declared >= 0 && declared <= PRESIZE_LIMIT ? new byte[(int) declared] : scratch;
                long size = 0;
                int n;
                while ((n = zip.read(buffer)) > 0) {
                    size += n;
                    total += n;
                    if (size > limits.maxEntryBytes()) {
                        throw fail(messages.get(OfdMessages.Key.ENTRY_TOO_LARGE, name, limits.maxEntryBytes()));
                    }
                    if (total > limits.maxTotalBytes()) {
                        throw fail(messages.get(OfdMessages.Key.TOTAL_TOO_LARGE, limits.maxTotalBytes()));
                    }
                    if (size > limits.ratioCheckAfterBytes()) {
                        long compressed = Math.max(1, counting.count - startCompressed);
                        if ((double) compressed / size < limits.minInflateRatio()) {
                            throw fail(messages.get(
                                    OfdMessages.Key.RATIO, name, Math.round(1 / limits.minInflateRatio())));
                        }
                    }
                    if (size > out.length) {
                        out = Arrays.copyOf(out, (int)
                                Math.max(size, Math.min(2L * out.length, Integer.MAX_VALUE - 8)));
                    }
                    System.arraycopy(buffer, 0, out, (int) (size - n), n);
                }
                byte[] bytes = size == out.length && out != scratch ? out : Arrays.copyOf(out, (int) size);
                if (out.length > scratch.length && out != bytes) {
                    scratch = out; // grown: the larger one for the next entry (never an entry's own bytes)
                }
                if (!names.add(name.toLowerCase(Locale.ROOT)) || entries.putIfAbsent(name, bytes) != null) {
                    throw fail(messages.get(OfdMessages.Key.DUPLICATE_NAME, name));
                }
            }
        } catch (ReportReadException e) {
            throw e;
        } catch (ZipException e) {
            throw fail(messages.get(OfdMessages.Key.DAMAGED, detail(e)));
        } catch (IOException | RuntimeException e) {
            throw fail(messages.get(OfdMessages.Key.DAMAGED, detail(e)));
        }
        if (entries.keySet().stream().noneMatch(k -> k.equalsIgnoreCase("OFD.xml"))) {
            throw fail(messages.get(OfdMessages.Key.NO_OFD_XML));
        }
    }

    /** The entry name, or an error when it could write outside the package. */
    private String name(String raw) {
        String n = raw;
        boolean bad = n.isEmpty()
                || n.length() > 1024
                || n.indexOf('\0') >= 0
                || n.startsWith("/")
                || n.startsWith("\\")
                || n.indexOf(':') >= 0
                || n.indexOf('\\') >= 0;
        if (!bad) {
            for (String segment : n.split("/")) {
                if (segment.equals("..") || segment.equals(".")) {
                    bad = true;
                    break;
                }
            }
        }
        if (bad) {
            throw fail(messages.get(OfdMessages.Key.BAD_NAME, printable(raw)));
        }
        return n;
    }

    private static String printable(String s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length() && i < 200; i++) {
            char c = s.charAt(i);
            out.append(c < 0x20 ? String.format(Locale.ROOT, "\\u%04X", (int) c) : c);
        }
        return out.toString();
    }

    // ------------------------------------------------------------------------------------------------

    /** Every XML part: no DTD, a bounded depth, well-formed; and no encryption. */
    private void check() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        for (Map.Entry<String, byte[]> e : entries.entrySet()) {
            String name = e.getKey();
            if (name.toLowerCase(Locale.ROOT).endsWith("encryptions.xml")) {
                throw fail(messages.get(OfdMessages.Key.ENCRYPTED));
            }
            if (!name.toLowerCase(Locale.ROOT).endsWith(".xml")) {
                continue;
            }
            XMLStreamReader xml = null;
            try {
                xml = factory.createXMLStreamReader(new ByteArrayInputStream(e.getValue()));
                int depth = 0;
                while (xml.hasNext()) {
                    int event = xml.next();
                    if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE) {
                        throw fail(messages.get(OfdMessages.Key.DTD, name));
                    } else if (event == XMLStreamConstants.START_ELEMENT) {
                        if (++depth > limits.maxDepth()) {
                            throw fail(messages.get(OfdMessages.Key.TOO_DEEP, name, limits.maxDepth()));
                        }
                    } else if (event == XMLStreamConstants.END_ELEMENT) {
                        depth--;
                    }
                }
            } catch (XMLStreamException ex) {
                throw fail(messages.get(OfdMessages.Key.BAD_XML, name, detail(ex)));
            } finally {
                if (xml != null) {
                    try {
                        xml.close();
                    } catch (XMLStreamException ignored) {
                        // closing a reader over memory
                    }
                }
            }
        }
    }

    private static String detail(Exception e) {
        String d = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        d = d.replaceAll("\\s+", " ");
        return d.length() > 200 ? d.substring(0, 200) + "…" : d;
    }

    private ReportReadException fail(String problem) {
        return ReportReadException.of(source, "", problem, null);
    }
}
