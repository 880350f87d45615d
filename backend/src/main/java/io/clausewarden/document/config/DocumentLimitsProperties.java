package io.clausewarden.document.config;

import io.clausewarden.document.DocumentLimits;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.exceptions.ConfigurationException;
import java.time.Duration;
import java.util.Locale;

/**
 * {@code clausewarden.limits.document.*}: the server's {@link DocumentLimits}. Every key defaults to
 * {@link DocumentLimits#defaults()}; a value that is not positive stops the server at start-up, naming the
 * property and its environment variable.
 */
@ConfigurationProperties("clausewarden.limits.document")
public class DocumentLimitsProperties {
    private static final DocumentLimits DEFAULTS = DocumentLimits.defaults();

    private long maxBytes = DEFAULTS.maxBytes();
    private int maxZipEntries = DEFAULTS.maxZipEntries();
    private long maxTotalUncompressedBytes = DEFAULTS.maxTotalUncompressed();
    private long maxXmlPartBytes = DEFAULTS.maxXmlPartBytes();
    private long maxOtherPartBytes = DEFAULTS.maxOtherPartBytes();
    private double minInflateRatio = DEFAULTS.minInflateRatio();
    private int maxClauses = DEFAULTS.maxClauses();
    private long maxTextChars = DEFAULTS.maxTextChars();
    private int maxBlockNodes = DEFAULTS.maxBlockNodes();
    private int concurrentParses = DEFAULTS.concurrentParses();
    private Duration parseWait = DEFAULTS.parseWait();

    /** The limits, after checking each value. */
    public DocumentLimits toLimits() {
        positive("max-bytes", maxBytes);
        positive("max-zip-entries", maxZipEntries);
        positive("max-total-uncompressed-bytes", maxTotalUncompressedBytes);
        positive("max-xml-part-bytes", maxXmlPartBytes);
        positive("max-other-part-bytes", maxOtherPartBytes);
        positive("max-clauses", maxClauses);
        positive("max-text-chars", maxTextChars);
        positive("max-block-nodes", maxBlockNodes);
        positive("concurrent-parses", concurrentParses);
        if (!(minInflateRatio >= 0 && minInflateRatio < 1)) {
            throw invalid("min-inflate-ratio", "must be at least 0 and below 1");
        }
        if (parseWait == null || parseWait.isNegative()) {
            throw invalid("parse-wait", "must be a duration of zero or more");
        }
        return new DocumentLimits(maxBytes, maxZipEntries, maxTotalUncompressedBytes, maxXmlPartBytes, maxOtherPartBytes,
                minInflateRatio, maxClauses, maxTextChars, maxBlockNodes, concurrentParses, parseWait);
    }

    private static void positive(String key, long value) {
        if (value <= 0) {
            throw invalid(key, "must be a positive number");
        }
    }

    private static ConfigurationException invalid(String key, String what) {
        String property = DocumentLimits.PREFIX + key;
        String variable = property.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
        return new ConfigurationException(property + " (environment variable " + variable + ") " + what);
    }

    public long getMaxBytes() {
        return maxBytes;
    }

    public void setMaxBytes(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    public int getMaxZipEntries() {
        return maxZipEntries;
    }

    public void setMaxZipEntries(int maxZipEntries) {
        this.maxZipEntries = maxZipEntries;
    }

    public long getMaxTotalUncompressedBytes() {
        return maxTotalUncompressedBytes;
    }

    public void setMaxTotalUncompressedBytes(long maxTotalUncompressedBytes) {
        this.maxTotalUncompressedBytes = maxTotalUncompressedBytes;
    }

    public long getMaxXmlPartBytes() {
        return maxXmlPartBytes;
    }

    public void setMaxXmlPartBytes(long maxXmlPartBytes) {
        this.maxXmlPartBytes = maxXmlPartBytes;
    }

    public long getMaxOtherPartBytes() {
        return maxOtherPartBytes;
    }

    public void setMaxOtherPartBytes(long maxOtherPartBytes) {
        this.maxOtherPartBytes = maxOtherPartBytes;
    }

    public double getMinInflateRatio() {
        return minInflateRatio;
    }

    public void setMinInflateRatio(double minInflateRatio) {
        this.minInflateRatio = minInflateRatio;
    }

    public int getMaxClauses() {
        return maxClauses;
    }

    public void setMaxClauses(int maxClauses) {
        this.maxClauses = maxClauses;
    }

    public long getMaxTextChars() {
        return maxTextChars;
    }

    public void setMaxTextChars(long maxTextChars) {
        this.maxTextChars = maxTextChars;
    }

    public int getMaxBlockNodes() {
        return maxBlockNodes;
    }

    public void setMaxBlockNodes(int maxBlockNodes) {
        this.maxBlockNodes = maxBlockNodes;
    }

    public int getConcurrentParses() {
        return concurrentParses;
    }

    public void setConcurrentParses(int concurrentParses) {
        this.concurrentParses = concurrentParses;
    }

    public Duration getParseWait() {
        return parseWait;
    }

    public void setParseWait(Duration parseWait) {
        this.parseWait = parseWait;
    }
}
