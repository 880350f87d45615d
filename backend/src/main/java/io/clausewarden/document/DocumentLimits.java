package io.clausewarden.document;

/**
 * Hard limits applied before and while parsing untrusted documents.
 *
 * @param minInflateRatio smallest accepted compressed/uncompressed ratio of a zip entry (0.01 = 100x)
 */
public record DocumentLimits(long maxBytes,
                             int maxZipEntries,
                             long maxTotalUncompressed,
                             double minInflateRatio,
                             int maxClauses,
                             long maxTextChars) {

    private static final long MIB = 1024L * 1024L;

    public static DocumentLimits defaults() {
        return new DocumentLimits(25 * MIB, 2000, 200 * MIB, 0.01, 5000, 5_000_000);
    }
}
