package io.clausewarden.redline;

import io.clausewarden.document.DocumentLimits;
import io.clausewarden.document.DocumentReader;
import io.clausewarden.document.DocumentRejectedException;
import io.clausewarden.redline.RedlineResult.Applied;
import io.clausewarden.redline.RedlineResult.Skipped;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.docx4j.jaxb.Context;
import org.docx4j.openpackaging.exceptions.Docx4JException;
import org.docx4j.openpackaging.exceptions.InvalidFormatException;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.WordprocessingML.CommentsPart;
import org.docx4j.wml.Comments;
import org.docx4j.wml.P;

/**
 * Applies edits to a .docx as minimal tracked changes and delivers the result only after
 * {@link RedlineVerifier} has accepted it. Everything the edits do not touch is left as it was.
 */
public final class DocumentRedliner {
    private static final Pattern NUMBER_PREFIX = Pattern.compile(
            "^(?:(?i:section|clause|article)\\s+)?(?:\\d+(?:\\.\\d+)*|[IVXLC]+)\\b\\.?\\s*[-–—:]?\\s*");
    private final DocumentLimits limits;
    private final BiFunction<RevisionIds, RedlineOptions, TrackedChangeWriter> writers;

    public DocumentRedliner() {
        this(DocumentLimits.defaults());
    }

    /** @param limits the limits uploads were accepted under; the original is checked against them again */
    public DocumentRedliner(DocumentLimits limits) {
        this(limits, TrackedChangeWriter::new);
    }

    DocumentRedliner(DocumentLimits limits, BiFunction<RevisionIds, RedlineOptions, TrackedChangeWriter> writers) {
        this.limits = limits;
        this.writers = writers;
    }

    /**
     * @throws DocumentRejectedException    when the input is not a safe, readable .docx
     * @throws RedlineVerificationException when the produced document fails verification
     */
    public RedlineResult redline(byte[] docx, List<Edit> edits, RedlineOptions options) {
        return redline(docx, edits, List.of(), options);
    }

    /**
     * Applies the edits, then adds the insertions (each after the paragraph its anchor names, in the given order).
     *
     * @throws DocumentRejectedException    when the input is not a safe, readable .docx
     * @throws RedlineVerificationException when the produced document fails verification
     */
    public RedlineResult redline(byte[] docx, List<Edit> edits, List<Insertion> insertions, RedlineOptions options) {
        DocumentReader.checkContainer(docx, limits);
        PackageScan scan = PackageScan.of(docx, limits);
        WordprocessingMLPackage pkg = load(docx);
        List<P> paragraphs = DocumentParagraphs.of(pkg);
        List<String> original = paragraphs.stream().map(p -> p == null ? null : ParagraphText.current(p).text()).toList();
        List<String> current = new ArrayList<>(original);
        RevisionIds ids = new RevisionIds(scan.firstFreeId());
        TrackedChangeWriter writer = writers.apply(ids, options);
        Supplier<Comments> comments = commentsOf(pkg);
        EditLocator locator = new EditLocator(original, current);
        List<Applied> applied = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        Map<Integer, String> expected = new HashMap<>();
        for (Edit edit : edits) {
            try {
                EditLocator.Location at = locator.locate(edit);
                String suggested = edit.suggestedText() == null ? "" : edit.suggestedText();
                if (suggested.equals(edit.quote()) && (edit.comment() == null || edit.comment().isBlank())) {
                    throw new EditNotApplicable("the suggestion is the same as the quote");
                }
                TrackedChangeWriter.Written written = writer.replace(paragraphs.get(at.paragraph()), at.offset(),
                        edit.quote(), suggested, edit.comment(), comments);
                String text = current.get(at.paragraph());
                current.set(at.paragraph(), text.substring(0, at.offset()) + suggested
                        + text.substring(at.offset() + edit.quote().length()));
                expected.put(at.paragraph(), current.get(at.paragraph()));
                applied.add(new Applied(edit.id(), at.paragraph(), written.deletions(), written.insertions()));
            } catch (EditNotApplicable e) {
                skipped.add(new Skipped(edit.id(), e.getMessage()));
            }
        }
        ParagraphInserter inserter = new ParagraphInserter(ids, options, writer);
        Map<Integer, List<String>> inserted = new HashMap<>();
        Map<Integer, P> lastInserted = new HashMap<>();
        for (Insertion insertion : insertions) {
            Integer at = insertion.afterAnchor() == null ? null : locator.anchoredParagraph(insertion.afterAnchor());
            if (at == null || paragraphs.get(at) == null) {
                skipped.add(new Skipped(insertion.id(), insertion.afterAnchor() == null
                        ? "the document gave no place for the clause"
                        : "the clause it follows is no longer where the review found it"));
                continue;
            }
            List<String> texts = new ArrayList<>();
            if (insertion.heading() != null && !insertion.heading().isBlank()) {
                texts.add(insertion.heading().strip());
            }
            List<String> body = paragraphsOf(insertion.text());
            if (body.isEmpty()) {
                skipped.add(new Skipped(insertion.id(), "there is no clause text to insert"));
                continue;
            }
            P after = lastInserted.getOrDefault(at, paragraphs.get(at));
            List<Object> container = DocumentParagraphs.containerOf(pkg.getMainDocumentPart().getContent(), after);
            Integer headingAt = headingParagraph(original, at, insertion.afterHeading());
            List<P> added = inserter.insert(container, after, paragraphs.get(at),
                    headingAt == null ? null : paragraphs.get(headingAt), texts.isEmpty() ? null : texts.get(0), body,
                    insertion.comment(), comments);
            lastInserted.put(at, added.get(added.size() - 1));
            texts.addAll(body);
            inserted.computeIfAbsent(at, k -> new ArrayList<>()).addAll(texts);
            applied.add(new Applied(insertion.id(), at, 0, texts.size()));
        }
        if (applied.isEmpty()) {
            return new RedlineResult(docx, applied, skipped);
        }
        byte[] produced = save(pkg);
        RedlineVerifier.verify(scan, produced, original, expected, inserted, ids.issued(), options.author());
        return new RedlineResult(produced, applied, skipped);
    }

    /** A blank line separates paragraphs; single line breaks stay breaks within one. */
    private static List<String> paragraphsOf(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split("\\n\\s*\\n")).map(String::strip).filter(t -> !t.isEmpty()).toList();
    }

    /** The nearest paragraph at or before {@code from} whose text is the heading (its number aside), else null. */
    private static Integer headingParagraph(List<String> texts, int from, String heading) {
        if (heading == null || heading.isBlank()) {
            return null;
        }
        String wanted = bareHeading(heading);
        for (int i = from; i >= 0; i--) {
            if (texts.get(i) != null && bareHeading(texts.get(i)).equalsIgnoreCase(wanted)) {
                return i;
            }
        }
        return null;
    }

    private static String bareHeading(String text) {
        return NUMBER_PREFIX.matcher(text.strip()).replaceFirst("").replaceAll("[.:\\s]+$", "");
    }

    private static Supplier<Comments> commentsOf(WordprocessingMLPackage pkg) {
        return () -> {
            CommentsPart part = pkg.getMainDocumentPart().getCommentsPart();
            if (part == null) {
                try {
                    part = new CommentsPart();
                } catch (InvalidFormatException e) {
                    throw new IllegalStateException(e);
                }
                part.setJaxbElement(Context.getWmlObjectFactory().createComments());
                try {
                    pkg.getMainDocumentPart().addTargetPart(part);
                } catch (InvalidFormatException e) {
                    throw new IllegalStateException(e);
                }
            }
            return part.getJaxbElement();
        };
    }

    private static WordprocessingMLPackage load(byte[] docx) {
        try {
            return WordprocessingMLPackage.load(new ByteArrayInputStream(docx));
        } catch (Docx4JException | RuntimeException e) {
            throw new DocumentRejectedException("invalid_docx", "The file is not a readable Word document");
        }
    }

    private static byte[] save(WordprocessingMLPackage pkg) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pkg.save(out);
            return out.toByteArray();
        } catch (Docx4JException e) {
            throw new IllegalStateException("the redline could not be written", e);
        }
    }
}
