package io.clausewarden.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Inspects a .docx container with java.util.zip before any XML parser sees it: entry count, the inflated
 * size of each part and of all together, compression ratio, entry names and DOCTYPE declarations. Nothing
 * is kept: each entry is inflated through one small buffer.
 */
final class ZipPreScan {
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    /** Ratio checks start only past this size so tiny, highly compressible parts are not refused. */
    private static final long RATIO_GRACE_BYTES = 1024 * 1024;
    private static final byte[] DOCTYPE = "<!doctype".getBytes(StandardCharsets.US_ASCII);
    private static final Pattern STANDARD_PART = Pattern.compile("(word/)?(_rels/)?[A-Za-z]{1,20}\\.xml(\\.rels)?");

    private ZipPreScan() {
    }

    static boolean looksLikeZip(byte[] bytes) {
        if (bytes.length < ZIP_MAGIC.length) {
            return false;
        }
        for (int i = 0; i < ZIP_MAGIC.length; i++) {
            if (bytes[i] != ZIP_MAGIC[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * @return the entry names, each once, as the container's local headers list them
     * @throws DocumentRejectedException naming the limit when one is exceeded
     */
    static Set<String> check(byte[] bytes, DocumentLimits limits) {
        if (!looksLikeZip(bytes)) {
            throw new DocumentRejectedException("not_docx", "The file is not a .docx (zip) container");
        }
        CountingInputStream counted = new CountingInputStream(new ByteArrayInputStream(bytes));
        Set<String> names = new HashSet<>();
        long total = 0;
        int entries = 0;
        try (ZipInputStream zip = new ZipInputStream(counted)) {
            ZipEntry entry;
            byte[] buffer = new byte[16 * 1024];
            while ((entry = zip.getNextEntry()) != null) {
                if (++entries > limits.maxZipEntries()) {
                    throw new DocumentRejectedException("too_many_entries", "The container has more than "
                            + limits.maxZipEntries() + " entries: " + DocumentLimits.named("max-zip-entries", limits.maxZipEntries()));
                }
                String name = entry.getName();
                checkName(name);
                if (!names.add(name)) {
                    throw new DocumentRejectedException("not_docx", "The container lists one entry name twice");
                }
                boolean xml = isXml(name);
                long partLimit = xml ? limits.maxXmlPartBytes() : limits.maxOtherPartBytes();
                DoctypeScan doctype = new DoctypeScan();
                long compressedStart = counted.count;
                long size = 0;
                int n;
                while ((n = zip.read(buffer)) > 0) {
                    size += n;
                    total += n;
                    if (size > partLimit) {
                        throw partTooLarge(name, xml, limits);
                    }
                    if (total > limits.maxTotalUncompressed()) {
                        throw zipBomb("uncompressed content exceeds " + limits.maxTotalUncompressed() + " bytes, "
                                + DocumentLimits.named("max-total-uncompressed-bytes", limits.maxTotalUncompressed()));
                    }
                    long compressed = Math.max(1, counted.count - compressedStart);
                    if (size > RATIO_GRACE_BYTES && (double) compressed / size < limits.minInflateRatio()) {
                        throw zipBomb("entry compression ratio is below " + limits.minInflateRatio() + ", the limit "
                                + DocumentLimits.PREFIX + "min-inflate-ratio");
                    }
                    if (xml && doctype.foundIn(buffer, n)) {
                        throw new DocumentRejectedException("xml_doctype",
                                "An XML part declares a DOCTYPE, which is not allowed");
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new DocumentRejectedException("not_docx", "The file is not a readable zip container");
        }
        if (entries == 0) {
            throw new DocumentRejectedException("not_docx", "The file is not a readable zip container");
        }
        if (!names.contains("word/document.xml")) {
            throw new DocumentRejectedException("missing_document_part", "The container has no word/document.xml");
        }
        return names;
    }

    /** Only the standard part names are repeated in a refusal; any other entry name is the sender's text. */
    private static DocumentRejectedException partTooLarge(String name, boolean xml, DocumentLimits limits) {
        String part = STANDARD_PART.matcher(name).matches() ? "the part " + name : xml ? "an XML part" : "a part";
        long limit = xml ? limits.maxXmlPartBytes() : limits.maxOtherPartBytes();
        String key = xml ? "max-xml-part-bytes" : "max-other-part-bytes";
        return new DocumentRejectedException("part_too_large", "Refused: " + part + " of the document inflates to more than "
                + limit + " bytes, " + DocumentLimits.named(key, limit));
    }

    private static void checkName(String name) {
        String normalized = name.replace('\\', '/');
        boolean traversal = normalized.startsWith("/") || normalized.matches("^[A-Za-z]:.*")
                || normalized.equals("..") || normalized.startsWith("../") || normalized.contains("/../")
                || normalized.endsWith("/..");
        if (traversal || normalized.indexOf('\0') >= 0) {
            throw new DocumentRejectedException("path_traversal", "The container has an entry with an unsafe name");
        }
    }

    private static boolean isXml(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".xml") || lower.endsWith(".rels") || lower.endsWith(".vml");
    }

    private static DocumentRejectedException zipBomb(String detail) {
        return new DocumentRejectedException("zip_bomb", "Refused as a possible zip bomb: " + detail);
    }

    /**
     * Finds {@code <!doctype} in any case across the chunks of one part without copying them: the
     * inflated parts of a hostile upload run to hundreds of megabytes.
     */
    private static final class DoctypeScan {
        private int matched;

        boolean foundIn(byte[] chunk, int length) {
            for (int i = 0; i < length; i++) {
                byte b = chunk[i];
                byte lower = b >= 'A' && b <= 'Z' ? (byte) (b + ('a' - 'A')) : b;
                if (lower == DOCTYPE[matched]) {
                    if (++matched == DOCTYPE.length) {
                        return true;
                    }
                } else {
                    // '<' occurs only first in the needle, so a mismatch restarts at 0, or at 1 on a '<'.
                    matched = lower == '<' ? 1 : 0;
                }
            }
            return false;
        }
    }

    private static final class CountingInputStream extends java.io.FilterInputStream {
        long count;

        CountingInputStream(InputStream in) {
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
}
