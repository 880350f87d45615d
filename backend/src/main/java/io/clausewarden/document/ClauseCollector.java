package io.clausewarden.document;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Collects clauses while tracking the heading path they sit under; enforces the clause and text limits. Drafting
 * notes, instructions and paragraphs of blanks are set aside as {@link DraftingNote}s instead of clauses. A title
 * line (the document's name above its first section) heads what follows it until the first heading, under which it
 * never nests anything.
 */
final class ClauseCollector {
    private record Level(int depth, String numbering, String label, boolean title) {
    }

    private static final Pattern DECIMAL = Pattern.compile("\\d+(?:\\.\\w+)*");

    private final Deque<Level> path = new ArrayDeque<>();
    private final List<Clause> clauses = new ArrayList<>();
    private final List<DraftingNote> notes = new ArrayList<>();
    private final DocumentLimits limits;
    private long chars;
    private boolean sectionSeen;

    ClauseCollector(DocumentLimits limits) {
        this.limits = limits;
    }

    /** The depth of the innermost open heading, 0 when none (title lines have no depth). */
    int depth() {
        for (Level level : path) {
            if (!level.title()) {
                return level.depth();
            }
        }
        return 0;
    }

    /** No clause yet and no heading but title lines: a heading-like line here is the document's title. */
    boolean atStart() {
        return clauses.isEmpty() && path.stream().allMatch(Level::title);
    }

    /**
     * Before the first numbered section ("1.", "1.1", "ARTICLE I") and under no heading but title lines: the
     * preamble, where an unnumbered heading ("COLLABORATION AGREEMENT", "RECITALS") is a title line, never the
     * parent of the sections.
     */
    boolean inPreamble() {
        return !sectionSeen && path.stream().allMatch(Level::title);
    }

    /** A title line: heads the clauses that follow until the next heading replaces it. */
    void title(String text) {
        String label = label(null, text);
        if (label.isEmpty() || note(text, null, true)) {
            return;
        }
        path.removeIf(Level::title);
        path.push(new Level(0, null, label, true));
    }

    void heading(int depth, String numbering, String title) {
        if (numbering == null && note(title, null, true)) {
            return;
        }
        popTo(depth, numbering, true);
        sectionSeen |= isSection(numbering);
        path.push(new Level(depth, numbering, label(numbering, title), false));
    }

    /** Adds a clause; a clause with its own label becomes part of the heading path of what follows below it. */
    void clause(int depth, String numbering, String label, String text, String anchor) {
        String trimmed = text.strip();
        if (trimmed.isEmpty() || note(trimmed, anchor, false)) {
            return;
        }
        boolean labelled = label != null && !label.isBlank();
        boolean section = isSection(numbering);
        popTo(depth, numbering, labelled || section);
        sectionSeen |= section;
        if (labelled) {
            path.push(new Level(depth, numbering, label(numbering, label), false));
        }
        count(trimmed);
        clauses.add(new Clause(clauses.size(), headingPath(), blankToNull(numbering), trimmed, anchor));
    }

    /**
     * Sets {@code text} aside as a drafting note when it is one; true if it was. A heading is a note only when it
     * is one outright or a label with blanks ("Governing Law: [Fill in state]"), never a bare "Notices:".
     */
    private boolean note(String text, String anchor, boolean heading) {
        String trimmed = text == null ? "" : text.strip();
        DraftingNote.Kind kind = DraftingNotes.kindOf(trimmed);
        if (kind == null || (heading && kind == DraftingNote.Kind.BLANK && Placeholders.find(trimmed).isEmpty())) {
            return false;
        }
        guidance(kind, trimmed, anchor);
        return true;
    }

    /** Records a note the segmenter recognised from its mark-up, such as a cover page's {@code <label>}. */
    void guidance(DraftingNote.Kind kind, String text, String anchor) {
        String trimmed = text.strip();
        if (trimmed.isEmpty()) {
            return;
        }
        count(trimmed);
        notes.add(new DraftingNote(clauses.size(), kind, headingPath(), trimmed, anchor));
    }

    private void count(String text) {
        if (clauses.size() + notes.size() >= limits.maxClauses()) {
            throw new DocumentRejectedException("too_many_clauses", "More than " + limits.maxClauses() + " clauses");
        }
        chars += text.length();
        if (chars > limits.maxTextChars()) {
            throw new DocumentRejectedException("too_much_text",
                    "More than " + limits.maxTextChars() + " characters of text");
        }
    }

    void popTo(int depth) {
        popTo(depth, null, false);
    }

    /**
     * Leaves headings at {@code depth} or deeper, and sections whose decimal number is not a prefix
     * of {@code numbering} ("22.2" leaves "16", "9" leaves "8.1"); with {@code titles}, title lines too.
     */
    private void popTo(int depth, String numbering, boolean titles) {
        if (titles) {
            path.removeIf(Level::title);
        }
        while (!path.isEmpty() && (path.peek().depth() >= depth || outside(path.peek().numbering(), numbering))) {
            path.pop();
        }
    }

    /** A section number ("8", "8.1", "ARTICLE VIII"), not an item letter ("(a)", "A."). */
    private static boolean isSection(String numbering) {
        return numbering != null && (DECIMAL.matcher(numbering).matches() || numbering.regionMatches(true, 0, "article", 0, 7));
    }

    private static boolean outside(String section, String numbering) {
        return section != null && numbering != null && DECIMAL.matcher(section).matches()
                && DECIMAL.matcher(numbering).matches() && !numbering.startsWith(section + ".");
    }

    List<Clause> clauses() {
        return List.copyOf(clauses);
    }

    List<DraftingNote> notes() {
        return List.copyOf(notes);
    }

    ParsedDocument document(ParsedDocument.Format format) {
        return new ParsedDocument(format, clauses, notes);
    }

    private String headingPath() {
        if (path.isEmpty()) {
            return null;
        }
        List<String> labels = new ArrayList<>();
        for (Iterator<Level> it = path.descendingIterator(); it.hasNext(); ) {
            labels.add(it.next().label());
        }
        return String.join(" > ", labels);
    }

    private static String label(String numbering, String title) {
        String cleanTitle = title == null ? "" : trimPunctuation(Labels.despaced(Placeholders.withoutConditions(title)));
        String cleanNumber = numbering == null ? "" : numbering.strip();
        return (cleanNumber + " " + cleanTitle).strip();
    }

    /** Leading dashes and colons ("Section 9 – Governing Law") and trailing periods and colons dropped. */
    private static String trimPunctuation(String title) {
        int start = 0;
        int end = title.length();
        while (start < end && (".:-–—".indexOf(title.charAt(start)) >= 0 || Character.isWhitespace(title.charAt(start)))) {
            start++;
        }
        while (end > start && (".:".indexOf(title.charAt(end - 1)) >= 0 || Character.isWhitespace(title.charAt(end - 1)))) {
            end--;
        }
        return title.substring(start, end);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
