package io.clausewarden.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A reviewed document's clauses as an answer key compares them: whitespace collapsed and the {@code *}/{@code _}
 * emphasis marks of Markdown removed, so a key written from the rendered contract matches the text the engine
 * quotes. A finding's quote is looked for in its own clause only; a key's passage anywhere, even across clauses.
 */
final class ComparableText {
    private static final Pattern EMPHASIS = Pattern.compile("[*_]+");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private final String text;
    private final int[] clauseStarts;

    ComparableText(List<String> clauses) {
        StringBuilder all = new StringBuilder();
        clauseStarts = new int[clauses.size() + 1];
        for (int i = 0; i < clauses.size(); i++) {
            clauseStarts[i] = all.length();
            all.append(normalise(clauses.get(i))).append(' ');
        }
        clauseStarts[clauses.size()] = all.length();
        text = all.toString();
    }

    static String normalise(String raw) {
        return SPACE.matcher(EMPHASIS.matcher(raw).replaceAll("")).replaceAll(" ").strip();
    }

    boolean contains(String passage) {
        return !occurrences(passage, 0, text.length()).isEmpty();
    }

    /**
     * The text shared by the quote, as it occurs in clause {@code clauseIndex}, and some occurrence of
     * {@code passage}; null when they never meet.
     */
    String sharedText(int clauseIndex, String quote, String passage) {
        if (clauseIndex < 0 || clauseIndex >= clauseStarts.length - 1) {
            return null;
        }
        String best = null;
        for (int[] x : occurrences(quote, clauseStarts[clauseIndex], clauseStarts[clauseIndex + 1])) {
            for (int[] y : occurrences(passage, 0, text.length())) {
                int start = Math.max(x[0], y[0]);
                int end = Math.min(x[1], y[1]);
                if (start < end && (best == null || end - start > best.length())) {
                    best = text.substring(start, end).strip();
                }
            }
        }
        return best == null || best.isEmpty() ? null : best;
    }

    private List<int[]> occurrences(String part, int from, int to) {
        String needle = normalise(part);
        List<int[]> found = new ArrayList<>();
        if (needle.isEmpty()) {
            return found;
        }
        for (int at = text.indexOf(needle, from); at >= 0 && at + needle.length() <= to;
             at = text.indexOf(needle, at + 1)) {
            found.add(new int[] {at, at + needle.length()});
        }
        return found;
    }
}
