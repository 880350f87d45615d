package io.clausewarden.review;

import java.util.Locale;
import java.util.Set;

/** Finds the sentence(s) around a span of clause text, so quotes read as whole sentences. */
final class Sentences {
    private static final Set<String> ABBREVIATIONS = Set.of("e.g", "i.e", "etc", "inc", "ltd", "llc", "co", "corp",
            "no", "nos", "sec", "art", "para", "vs", "v", "mr", "ms", "dr", "st", "u.s", "u.k", "cf", "approx");

    private Sentences() {
    }

    /** {start, end} of the sentences covering [spanStart, spanEnd), without surrounding whitespace. */
    static int[] around(String text, int spanStart, int spanEnd) {
        int start = Math.max(0, Math.min(spanStart, text.length()));
        while (start > 0 && !isBoundary(text, start)) {
            start--;
        }
        int end = Math.max(start, Math.min(Math.max(spanEnd, spanStart), text.length()));
        if (end == start || end < text.length() && !isBoundary(text, end)) {
            end = Math.min(text.length(), end + 1);
            while (end < text.length() && !isBoundary(text, end)) {
                end++;
            }
        }
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return new int[] {start, end};
    }

    /** True when a new sentence may start at {@code i}: after a line break or after ".", "!" or "?" plus space. */
    private static boolean isBoundary(String text, int i) {
        if (i <= 0 || i >= text.length()) {
            return true;
        }
        char prev = text.charAt(i - 1);
        if (prev == '\n') {
            return true;
        }
        if (!Character.isWhitespace(prev) || Character.isWhitespace(text.charAt(i))) {
            return false;
        }
        int p = i - 1;
        while (p >= 0 && Character.isWhitespace(text.charAt(p))) {
            if (text.charAt(p) == '\n') {
                return true;
            }
            p--;
        }
        while (p >= 0 && "\"”’')]".indexOf(text.charAt(p)) >= 0) {
            p--;
        }
        if (p < 0 || ".!?".indexOf(text.charAt(p)) < 0) {
            return false;
        }
        return text.charAt(p) != '.' || !isAbbreviation(text, p);
    }

    private static boolean isAbbreviation(String text, int dot) {
        int s = dot;
        while (s > 0 && (Character.isLetter(text.charAt(s - 1)) || text.charAt(s - 1) == '.')) {
            s--;
        }
        String word = text.substring(s, dot).toLowerCase(Locale.ROOT);
        return ABBREVIATIONS.contains(word) || (word.length() == 1 && Character.isUpperCase(text.charAt(s)));
    }
}
