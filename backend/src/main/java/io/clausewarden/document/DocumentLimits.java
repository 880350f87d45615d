package io.clausewarden.document;

import java.time.Duration;

/**
 * Hard limits applied before and while parsing untrusted documents. {@link #defaults()} is the one place
 * their default values live; the server binds each from {@code clausewarden.limits.document.*}.
 *
 * @param maxBytes             largest accepted upload
 * @param maxZipEntries        most entries a .docx container may have
 * @param maxTotalUncompressed most bytes all entries of a .docx may inflate to together
 * @param maxXmlPartBytes      most bytes one XML part (document.xml, styles.xml, ...) may inflate to
 * @param maxOtherPartBytes    most bytes one other part (an image, an embedded object) may inflate to
 * @param minInflateRatio      smallest accepted compressed/uncompressed ratio of a zip entry (0.01 = 100x)
 * @param maxClauses           most clauses one document may have
 * @param maxTextChars         most characters of clause text one document may have
 * @param maxBlockNodes        most XML elements one paragraph or content control may have
 * @param concurrentParses     documents parsed at once per server
 * @param parseWait            how long a parse waits for its turn before the server answers 503
 */
public record DocumentLimits(long maxBytes,
                             int maxZipEntries,
                             long maxTotalUncompressed,
                             long maxXmlPartBytes,
                             long maxOtherPartBytes,
                             double minInflateRatio,
                             int maxClauses,
                             long maxTextChars,
                             int maxBlockNodes,
                             int concurrentParses,
                             Duration parseWait) {

    private static final long MIB = 1024L * 1024L;
    /** Prefix of the configuration keys; refusals name the key of the limit they hit. */
    public static final String PREFIX = "clausewarden.limits.document.";

    public DocumentLimits {
        if (maxBytes <= 0 || maxZipEntries <= 0 || maxTotalUncompressed <= 0 || maxXmlPartBytes <= 0
                || maxOtherPartBytes <= 0 || minInflateRatio < 0 || maxClauses <= 0 || maxTextChars <= 0
                || maxBlockNodes <= 0 || concurrentParses <= 0 || parseWait == null || parseWait.isNegative()) {
            throw new IllegalArgumentException("document limits must be positive");
        }
    }

    public static DocumentLimits defaults() {
        return new DocumentLimits(25 * MIB, 2000, 200 * MIB, 32 * MIB, 64 * MIB, 0.01, 5000, 5_000_000,
                200_000, 2, Duration.ofSeconds(2));
    }

    /** "the limit clausewarden.limits.document.max-xml-part-bytes (33554432)": how refusals name a limit. */
    static String named(String key, long value) {
        return "the limit " + PREFIX + key + " (" + value + ")";
    }

    public DocumentLimits withMaxBytes(long value) {
        return new DocumentLimits(value, maxZipEntries, maxTotalUncompressed, maxXmlPartBytes, maxOtherPartBytes,
                minInflateRatio, maxClauses, maxTextChars, maxBlockNodes, concurrentParses, parseWait);
    }

    public DocumentLimits withZipLimits(int entries, long totalUncompressed, double inflateRatio) {
        return new DocumentLimits(maxBytes, entries, totalUncompressed, maxXmlPartBytes, maxOtherPartBytes,
                inflateRatio, maxClauses, maxTextChars, maxBlockNodes, concurrentParses, parseWait);
    }

    public DocumentLimits withPartLimits(long xmlPart, long otherPart) {
        return new DocumentLimits(maxBytes, maxZipEntries, maxTotalUncompressed, xmlPart, otherPart,
                minInflateRatio, maxClauses, maxTextChars, maxBlockNodes, concurrentParses, parseWait);
    }

    public DocumentLimits withContentLimits(int clauses, long textChars, int blockNodes) {
        return new DocumentLimits(maxBytes, maxZipEntries, maxTotalUncompressed, maxXmlPartBytes, maxOtherPartBytes,
                minInflateRatio, clauses, textChars, blockNodes, concurrentParses, parseWait);
    }

    public DocumentLimits withConcurrency(int parses, Duration wait) {
        return new DocumentLimits(maxBytes, maxZipEntries, maxTotalUncompressed, maxXmlPartBytes, maxOtherPartBytes,
                minInflateRatio, maxClauses, maxTextChars, maxBlockNodes, parses, wait);
    }
}
