package io.clausewarden.redline;

import io.clausewarden.document.DocumentLimits;
import io.clausewarden.document.DocumentRejectedException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Reads the raw XML of a .docx's word parts, independently of any OOXML library: enforces size limits,
 * finds the largest id in use and lists every tracked change with its id, author and date.
 */
final class PackageScan {
    /** One tracked change as written in a part, e.g. ("word/document.xml", "ins", "3", "Jane", "2024-01-01T00:00:00Z"). */
    record TrackedChange(String part, String element, String id, String author, String date) {
    }

    private static final Set<String> TRACKED = Set.of("ins", "del", "moveFrom", "moveTo", "rPrChange", "pPrChange",
            "sectPrChange", "tblPrChange", "trPrChange", "tcPrChange", "tblGridChange", "numberingChange", "cellIns",
            "cellDel", "cellMerge");
    private static final Pattern DIGITS = Pattern.compile("\\d{1,18}(?=\")");
    private static final Pattern ATTRIBUTE = Pattern.compile("\\s(?:[\\w.-]+:)?(id|author|date)=\"([^\"]*)\"");

    private long maxId = -1;
    private final List<TrackedChange> changes = new ArrayList<>();

    private PackageScan() {
    }

    static PackageScan of(byte[] docx, DocumentLimits limits) {
        if (docx.length > limits.maxBytes()) {
            throw new DocumentRejectedException("too_large", "The document is larger than " + limits.maxBytes() + " bytes");
        }
        PackageScan scan = new PackageScan();
        int entries = 0;
        long total = 0;
        boolean hasDocument = false;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            ZipEntry entry;
            byte[] buffer = new byte[16 * 1024];
            while ((entry = zip.getNextEntry()) != null) {
                if (++entries > limits.maxZipEntries()) {
                    throw new DocumentRejectedException("too_many_entries", "The container has too many entries");
                }
                String name = entry.getName();
                boolean wordXml = name.startsWith("word/") && name.endsWith(".xml");
                hasDocument |= name.equals("word/document.xml");
                ByteArrayOutputStream part = new ByteArrayOutputStream();
                int n;
                while ((n = zip.read(buffer)) > 0) {
                    total += n;
                    if (total > limits.maxTotalUncompressed()) {
                        throw new DocumentRejectedException("zip_bomb", "Refused as a possible zip bomb");
                    }
                    if (wordXml) {
                        part.write(buffer, 0, n);
                    }
                }
                if (wordXml) {
                    scan.part(name, part.toString(StandardCharsets.UTF_8));
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new DocumentRejectedException("not_docx", "The file is not a readable zip container");
        }
        if (!hasDocument) {
            throw new DocumentRejectedException("missing_document_part", "The container has no word/document.xml");
        }
        return scan;
    }

    /** Case-insensitive search for "<!DOCTYPE" without copying the part. */
    private static boolean declaresDoctype(String xml) {
        for (int at = xml.indexOf("<!"); at >= 0; at = xml.indexOf("<!", at + 2)) {
            if (xml.regionMatches(true, at, "<!doctype", 0, 9)) {
                return true;
            }
        }
        return false;
    }

    private void part(String name, String xml) {
        if (declaresDoctype(xml)) {
            throw new DocumentRejectedException("xml_doctype", "An XML part declares a DOCTYPE, which is not allowed");
        }
        for (int at = xml.indexOf('<'); at >= 0; at = xml.indexOf('<', at + 1)) {
            int end = xml.indexOf('>', at);
            if (end < 0) {
                return;
            }
            char first = xml.charAt(at + 1);
            if (first == '/' || first == '?' || first == '!') {
                continue;
            }
            int nameEnd = at + 1;
            while (nameEnd < end && !Character.isWhitespace(xml.charAt(nameEnd)) && xml.charAt(nameEnd) != '/') {
                nameEnd++;
            }
            if (nameEnd == end || xml.charAt(nameEnd) == '/') {
                continue; // no attributes
            }
            String tag = xml.substring(at + 1, end);
            String element = tag.substring(tag.lastIndexOf(':', nameEnd - at - 1) + 1, nameEnd - at - 1);
            if (TRACKED.contains(element)) {
                trackedChange(name, element, tag.substring(nameEnd - at - 1));
            }
            int id = tag.indexOf(":id=\"");
            if (id > 0 && !element.startsWith("bookmark")) {
                Matcher digits = DIGITS.matcher(tag).region(id + 5, tag.length());
                if (digits.lookingAt()) {
                    maxId = Math.max(maxId, Long.parseLong(digits.group()));
                }
            }
        }
    }

    private void trackedChange(String part, String element, String attributes) {
        String id = null;
        String author = null;
        String date = null;
        Matcher a = ATTRIBUTE.matcher(attributes);
        while (a.find()) {
            String value = unescape(a.group(2));
            switch (a.group(1)) {
                case "id" -> id = value;
                case "author" -> author = value;
                default -> date = value;
            }
        }
        changes.add(new TrackedChange(part, element, id, author, date));
    }

    /** The first id above every id used in the document except bookmarks. */
    long firstFreeId() {
        return maxId + 1;
    }

    List<TrackedChange> trackedChanges() {
        return List.copyOf(changes);
    }

    private static String unescape(String s) {
        if (s.indexOf('&') < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder();
        Matcher m = Pattern.compile("&(#x[0-9a-fA-F]+|#\\d+|amp|lt|gt|quot|apos);").matcher(s);
        int last = 0;
        while (m.find()) {
            out.append(s, last, m.start());
            String e = m.group(1);
            switch (e) {
                case "amp" -> out.append('&');
                case "lt" -> out.append('<');
                case "gt" -> out.append('>');
                case "quot" -> out.append('"');
                case "apos" -> out.append('\'');
                default -> out.appendCodePoint(e.startsWith("#x") ? Integer.parseInt(e.substring(2), 16)
                        : Integer.parseInt(e.substring(1)));
            }
            last = m.end();
        }
        return out.append(s.substring(last)).toString();
    }
}
