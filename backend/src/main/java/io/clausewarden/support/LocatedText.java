package io.clausewarden.support;

import java.util.ArrayList;
import java.util.List;

/**
 * A document's original text searched with whitespace ignored (runs of whitespace count as one space): the
 * engine's clause text may break lines where the file does not. Used to locate clauses and quotes in CUAD texts.
 */
public final class LocatedText {
    /** [start, end) in the original text, and where the match starts and ends in the normalized text. */
    public record Range(int start, int end, int normalizedStart, int normalizedEnd) {
        public boolean overlaps(int otherStart, int otherEnd) {
            return Math.min(end, otherEnd) > Math.max(start, otherStart);
        }
    }

    private final StringBuilder normalized = new StringBuilder();
    private final List<Integer> original = new ArrayList<>();

    public LocatedText(String text) {
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                space = true;
                continue;
            }
            if (space && !normalized.isEmpty()) {
                normalized.append(' ');
                original.add(i);
            }
            space = false;
            normalized.append(c);
            original.add(i);
        }
    }

    /** The first match of {@code text} at or after normalized position {@code from}; null when there is none. */
    public Range find(String text, int from) {
        String needle = text.replaceAll("\\s+", " ").strip();
        if (needle.isEmpty()) {
            return null;
        }
        int at = normalized.indexOf(needle, Math.max(0, from));
        if (at < 0) {
            return null;
        }
        int end = at + needle.length();
        return new Range(original.get(at), original.get(end - 1) + 1, at, end);
    }
}
