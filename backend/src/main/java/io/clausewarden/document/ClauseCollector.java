package io.clausewarden.document;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Pattern;

/** Collects clauses while tracking the heading path they sit under; enforces the clause and text limits. */
final class ClauseCollector {
    private record Level(int depth, String numbering, String label) {
    }

    private static final Pattern DECIMAL = Pattern.compile("\\d+(?:\\.\\w+)*");

    private final Deque<Level> path = new ArrayDeque<>();
    private final List<Clause> clauses = new ArrayList<>();
    private final DocumentLimits limits;
    private long chars;

    ClauseCollector(DocumentLimits limits) {
        this.limits = limits;
    }

    int depth() {
        return path.isEmpty() ? 0 : path.peek().depth();
    }

    void heading(int depth, String numbering, String title) {
        popTo(depth, numbering);
        path.push(new Level(depth, numbering, label(numbering, title)));
    }

    /** Adds a clause; a clause with its own label becomes part of the heading path of what follows below it. */
    void clause(int depth, String numbering, String label, String text, String anchor) {
        String trimmed = text.strip();
        if (trimmed.isEmpty()) {
            return;
        }
        popTo(depth, numbering);
        if (label != null && !label.isBlank()) {
            path.push(new Level(depth, numbering, label(numbering, label)));
        }
        if (clauses.size() >= limits.maxClauses()) {
            throw new DocumentRejectedException("too_many_clauses", "More than " + limits.maxClauses() + " clauses");
        }
        chars += trimmed.length();
        if (chars > limits.maxTextChars()) {
            throw new DocumentRejectedException("too_much_text",
                    "More than " + limits.maxTextChars() + " characters of text");
        }
        clauses.add(new Clause(clauses.size(), headingPath(), blankToNull(numbering), trimmed, anchor));
    }

    void popTo(int depth) {
        popTo(depth, null);
    }

    /** Also leaves sections whose decimal number is not a prefix of {@code numbering} ("22.2" leaves "16"). */
    private void popTo(int depth, String numbering) {
        while (!path.isEmpty() && (path.peek().depth() >= depth || outside(path.peek().numbering(), numbering))) {
            path.pop();
        }
    }

    private static boolean outside(String section, String numbering) {
        return section != null && numbering != null && DECIMAL.matcher(section).matches()
                && DECIMAL.matcher(numbering).matches() && !numbering.startsWith(section + ".");
    }

    List<Clause> clauses() {
        return List.copyOf(clauses);
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
        String cleanTitle = title == null ? "" : title.strip().replaceAll("[.:]+$", "").strip();
        String cleanNumber = numbering == null ? "" : numbering.strip();
        return (cleanNumber + " " + cleanTitle).strip();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
