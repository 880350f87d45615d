package io.clausewarden.document;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/** Turns an uploaded .txt, .md or .docx into clauses. Safe for untrusted input within {@link DocumentLimits}. */
public final class DocumentReader {
    private static final Pattern MARKDOWN_HINT =
            Pattern.compile("(?m)^(#{1,6}\\s|\\s*\\d+\\.\\s+<span|\\*\\*\\d+\\.)|<span\\s+class=");

    /** How long a client refused for lack of a permit is told to wait. */
    private static final Duration RETRY_AFTER = Duration.ofSeconds(2);

    private final DocumentLimits limits;
    private final Semaphore parses;

    public DocumentReader() {
        this(DocumentLimits.defaults());
    }

    /** One reader per server: its permits bound how many documents are parsed at once. */
    public DocumentReader(DocumentLimits limits) {
        this.limits = limits;
        this.parses = new Semaphore(limits.concurrentParses(), true);
    }

    public DocumentLimits limits() {
        return limits;
    }

    /**
     * @param fileName used for its extension only; may be null
     * @throws DocumentRejectedException when the content is refused
     * @throws DocumentsBusyException    when {@link DocumentLimits#concurrentParses()} documents are being read
     *                                   and none finishes within {@link DocumentLimits#parseWait()}
     */
    public ParsedDocument read(String fileName, byte[] content) {
        if (content == null || content.length == 0) {
            throw new DocumentRejectedException("empty", "The document is empty");
        }
        if (content.length > limits.maxBytes()) {
            throw new DocumentRejectedException("too_large", "The document is larger than " + limits.maxBytes()
                    + " bytes, " + DocumentLimits.named("max-bytes", limits.maxBytes()));
        }
        acquire();
        try {
            return parse(fileName, content);
        } finally {
            parses.release();
        }
    }

    /**
     * Runs other work on an accepted document (a redline reads it with docx4j) under the same permits.
     *
     * @throws DocumentsBusyException when no permit frees up within the wait
     */
    public <T> T withPermit(Supplier<T> work) {
        acquire();
        try {
            return work.get();
        } finally {
            parses.release();
        }
    }

    private void acquire() {
        boolean acquired;
        try {
            acquired = parses.tryAcquire(limits.parseWait().toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            acquired = false;
        }
        if (!acquired) {
            throw new DocumentsBusyException(limits.concurrentParses(), RETRY_AFTER);
        }
    }

    private ParsedDocument parse(String fileName, byte[] content) {
        String extension = extension(fileName);
        boolean zip = ZipPreScan.looksLikeZip(content);
        if (extension.equals("docx") || (zip && extension.isEmpty())) {
            return DocxReader.read(content, limits);
        }
        if (zip) {
            throw new DocumentRejectedException("unsupported_format", "A zip container is only accepted as .docx");
        }
        if (!List.of("txt", "md", "markdown", "text", "").contains(extension)) {
            throw new DocumentRejectedException("unsupported_format", "Only .txt, .md and .docx documents are supported");
        }
        String text = decode(content);
        boolean markdown = extension.equals("md") || extension.equals("markdown")
                || (extension.isEmpty() && MARKDOWN_HINT.matcher(text).find());
        return markdown ? MarkdownSegmenter.segment(text, limits) : TextSegmenter.segment(text, limits);
    }

    /**
     * The container checks every uploaded .docx passes before any parser sees it: size, entries, each part's
     * inflated size, ratio, names, DOCTYPE. For other readers of a stored original (redlines).
     */
    public static void checkContainer(byte[] docx, DocumentLimits limits) {
        if (docx.length > limits.maxBytes()) {
            throw new DocumentRejectedException("too_large", "The document is larger than " + limits.maxBytes()
                    + " bytes, " + DocumentLimits.named("max-bytes", limits.maxBytes()));
        }
        ZipPreScan.check(docx, limits);
    }

    /** Clauses given explicitly by the caller, checked against the same limits. */
    public ParsedDocument fromClauses(List<ClauseInput> inputs) {
        return ClauseInput.toDocument(inputs, limits);
    }

    private String decode(byte[] content) {
        Charset charset = StandardCharsets.UTF_8;
        int offset = 0;
        if (content.length >= 2 && (content[0] & 0xFF) == 0xFE && (content[1] & 0xFF) == 0xFF) {
            charset = StandardCharsets.UTF_16BE;
            offset = 2;
        } else if (content.length >= 2 && (content[0] & 0xFF) == 0xFF && (content[1] & 0xFF) == 0xFE) {
            charset = StandardCharsets.UTF_16LE;
            offset = 2;
        } else if (content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF) {
            offset = 3;
        }
        String text;
        try {
            text = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content, offset, content.length - offset)).toString();
        } catch (CharacterCodingException e) {
            // Not UTF-8: legacy single-byte text is still readable as windows-1252.
            text = new String(content, Charset.forName("windows-1252"));
        }
        if (text.indexOf('\0') >= 0) {
            throw new DocumentRejectedException("binary_content", "The document is not text");
        }
        if (text.length() > limits.maxTextChars()) {
            throw new DocumentRejectedException("too_much_text", "More than " + limits.maxTextChars() + " characters of text");
        }
        return text;
    }

    private static String extension(String fileName) {
        if (fileName == null) {
            return "";
        }
        String name = fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
