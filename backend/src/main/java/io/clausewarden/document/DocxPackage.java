package io.clausewarden.document;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLStreamException;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * The parts of a .docx that the reader needs, found through the package relationships as Word finds them,
 * and inflated on demand through a stream that stops at the XML part limit. The container must list the
 * same entries in its central directory as in its local headers, which {@link ZipPreScan} checked.
 */
final class DocxPackage implements AutoCloseable {
    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    private static final String PACKAGE_RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships";

    private final ZipFile zip;
    private final DocumentLimits limits;
    private final String main;
    private final Map<String, String> related;

    private DocxPackage(ZipFile zip, DocumentLimits limits) throws IOException, XMLStreamException {
        this.zip = zip;
        this.limits = limits;
        this.main = relationships("", "_rels/.rels").get("officeDocument");
        if (main == null || zip.getEntry(main) == null) {
            throw invalid();
        }
        int slash = main.lastIndexOf('/');
        String folder = main.substring(0, slash + 1);
        this.related = relationships(folder, folder + "_rels/" + main.substring(slash + 1) + ".rels");
    }

    /** @param names the entry names the local headers list, from {@link ZipPreScan#check} */
    static DocxPackage open(byte[] bytes, Set<String> names, DocumentLimits limits) throws IOException, XMLStreamException {
        ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes)).get();
        try {
            Set<String> listed = new HashSet<>();
            int entries = 0;
            for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
                listed.add(entry.getName());
                entries++;
            }
            if (entries != names.size() || !listed.equals(names)) {
                throw new DocumentRejectedException("not_docx", "The zip container's directory does not match its entries");
            }
            if (!names.contains("[Content_Types].xml")) {
                throw invalid();
            }
            return new DocxPackage(zip, limits);
        } catch (IOException | XMLStreamException | RuntimeException e) {
            zip.close();
            throw e;
        }
    }

    /** The main document part. */
    InputStream document() throws IOException {
        return open(main);
    }

    /** The part the main document relates to with this relationship type ("styles", "numbering", ...), or null. */
    InputStream related(String type) throws IOException {
        String name = related.get(type);
        return name == null || zip.getEntry(name) == null ? null : open(name);
    }

    private InputStream open(String name) throws IOException {
        ZipArchiveEntry entry = zip.getEntry(name);
        if (entry == null || !zip.canReadEntryData(entry)) {
            throw invalid();
        }
        return new Bounded(zip.getInputStream(entry), limits);
    }

    /** Relationship type suffix to part name; the last relationship of a type wins, as in POI. */
    private Map<String, String> relationships(String folder, String relsPart) throws IOException, XMLStreamException {
        Map<String, String> out = new HashMap<>();
        if (zip.getEntry(relsPart) == null) {
            return out;
        }
        try (InputStream stream = open(relsPart); RelsReader rels = new RelsReader(stream, limits)) {
            rels.read((type, target, external) -> {
                if (!external && type != null && target != null && type.startsWith(RELATIONSHIPS)) {
                    out.put(type.substring(RELATIONSHIPS.length()), resolve(folder, target));
                }
            });
        }
        return out;
    }

    static String resolve(String folder, String target) {
        String path = target.startsWith("/") ? target.substring(1) : folder + target;
        java.util.Deque<String> parts = new java.util.ArrayDeque<>();
        for (String segment : path.split("/")) {
            if (segment.equals("..")) {
                parts.pollLast();
            } else if (!segment.isEmpty() && !segment.equals(".")) {
                parts.addLast(segment);
            }
        }
        return String.join("/", parts);
    }

    private static DocumentRejectedException invalid() {
        return new DocumentRejectedException("invalid_docx", "The file is not a readable Word document");
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }

    /** Reads {@code Relationship} elements of a .rels part. */
    private static final class RelsReader implements AutoCloseable {
        interface Sink {
            void relationship(String type, String target, boolean external);
        }

        private final javax.xml.stream.XMLStreamReader in;

        RelsReader(InputStream stream, DocumentLimits limits) throws XMLStreamException {
            javax.xml.stream.XMLInputFactory factory = javax.xml.stream.XMLInputFactory.newDefaultFactory();
            factory.setProperty(javax.xml.stream.XMLInputFactory.SUPPORT_DTD, false);
            factory.setProperty(javax.xml.stream.XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
            in = factory.createXMLStreamReader(stream);
        }

        void read(Sink sink) throws XMLStreamException {
            int count = 0;
            while (in.hasNext()) {
                int event = in.next();
                if (event == javax.xml.stream.XMLStreamConstants.DTD) {
                    throw new DocumentRejectedException("xml_doctype", "An XML part declares a DOCTYPE, which is not allowed");
                }
                if (event == javax.xml.stream.XMLStreamConstants.START_ELEMENT
                        && PACKAGE_RELATIONSHIPS.equals(in.getNamespaceURI()) && "Relationship".equals(in.getLocalName())) {
                    if (++count > 100_000) {
                        throw new DocumentRejectedException("too_complex", "A relationships part lists too many relationships");
                    }
                    sink.relationship(in.getAttributeValue(null, "Type"), in.getAttributeValue(null, "Target"),
                            "External".equals(in.getAttributeValue(null, "TargetMode")));
                }
            }
        }

        @Override
        public void close() throws XMLStreamException {
            in.close();
        }
    }

    /** Stops reading a part once it passes the XML part limit, whatever its entry claims. */
    private static final class Bounded extends FilterInputStream {
        private final DocumentLimits limits;
        private long read;

        Bounded(InputStream in, DocumentLimits limits) {
            super(in);
            this.limits = limits;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > limits.maxXmlPartBytes()) {
                throw new DocumentRejectedException("part_too_large", "Refused: an XML part of the document inflates to"
                        + " more than " + limits.maxXmlPartBytes() + " bytes, "
                        + DocumentLimits.named("max-xml-part-bytes", limits.maxXmlPartBytes()));
            }
        }
    }
}
