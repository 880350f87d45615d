package io.clausewarden.playbook;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bounds of the sentence (or semicolon-separated part) around a position, for checks that read one at a time.
 * The ends of a text's sentences are found once ({@link #index}), so a check that asks for the sentence of each of
 * thousands of hits in one clause does linear work, not quadratic.
 */
final class Sentence {
    private static final Pattern END = Pattern.compile("[.;!?](?=\\s|$)|\\n\\s*\\n");

    private final String text;
    /** Where each sentence after the first starts: the end of each ending, in order. */
    private final int[] starts;
    /** For each position, the first ending at or after it (the index of its character), or -1. */
    private final int[] nextEnd;

    private Sentence(String text) {
        this.text = text;
        this.starts = starts(text);
        this.nextEnd = nextEnds(text);
    }

    /** The sentences of {@code text}, to ask about many positions. */
    static Sentence index(String text) {
        return new Sentence(text);
    }

    /** {start, end} of the sentence containing {@code at}. */
    static int[] around(String text, int at) {
        return index(text).around(at);
    }

    /** {start, end} of the sentence containing {@code at}. */
    int[] around(int at) {
        int found = Arrays.binarySearch(starts, at);
        int i = found >= 0 ? found : -found - 2;
        int start = i < 0 ? 0 : starts[i];
        int end = nextEnd[Math.max(at, start)];
        return new int[] {start, end < 0 ? text.length() : Math.min(end + 1, text.length())};
    }

    /** The ends of the endings found one after the other from the start, abbreviations left out. */
    private static int[] starts(String text) {
        Matcher m = END.matcher(text);
        int[] ends = new int[16];
        int n = 0;
        while (m.find()) {
            if (!isAbbreviation(text, m.start())) {
                if (n == ends.length) {
                    ends = Arrays.copyOf(ends, n * 2);
                }
                ends[n++] = m.end();
            }
        }
        return Arrays.copyOf(ends, n);
    }

    /** Where {@link #END} can match at or after each position, as a search starting there finds it. */
    private static int[] nextEnds(String text) {
        int length = text.length();
        int[] next = new int[length + 1];
        next[length] = -1;
        boolean newlineAhead = false; // the run of whitespace starting at i + 1 holds a line feed
        for (int i = length - 1; i >= 0; i--) {
            char c = text.charAt(i);
            boolean ends = ".;!?".indexOf(c) >= 0 ? isEndAfter(text, i + 1) && !isAbbreviation(text, i)
                    : c == '\n' && newlineAhead;
            next[i] = ends ? i : next[i + 1];
            newlineAhead = isSpace(c) && (c == '\n' || newlineAhead);
        }
        return next;
    }

    /** {@code (?=\s|$)} at {@code i}: whitespace, the end, or a final line terminator. */
    private static boolean isEndAfter(String text, int i) {
        if (i >= text.length() || isSpace(text.charAt(i))) {
            return true;
        }
        char c = text.charAt(i);
        return i == text.length() - 1 && (c == '\u0085' || c == '\u2028' || c == '\u2029');
    }

    /** Java's {@code \s}. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** "U.S." and "e.g." do not end a sentence. */
    private static boolean isAbbreviation(String text, int dot) {
        return text.charAt(dot) == '.' && dot >= 2 && text.charAt(dot - 2) == '.';
    }
}
