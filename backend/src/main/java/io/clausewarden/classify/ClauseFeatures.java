package io.clausewarden.classify;

import io.clausewarden.document.Clause;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The terms the clause model reads, with their counts: the clause's lower-cased words and word pairs, and the words
 * of its heading path prefixed {@code h:}. Digits become {@code 0}, so "30 days" and "60 days" are one term. Plain
 * string work with no regular expression, so the cost is linear in the text. The result is sorted by term.
 */
final class ClauseFeatures {
    static final String DESCRIPTION = "words and word pairs of the text (lower-cased, digits as 0), words of the heading"
            + " path as h:WORD, the first 6 words as b:WORD; value (1 + ln count) * idf / sqrt(distinct terms of the clause)";
    /** Longer texts add cost and seldom new evidence; PDF-extracted paragraphs sometimes run to pages. */
    static final int MAX_CHARS = 4_000;
    private static final int MAX_WORD = 30;
    /** A clause's first words often are its own run-in heading ("12.3 Governing Law. This ..."). */
    static final int OPENING_WORDS = 6;

    private ClauseFeatures() {
    }

    static Map<String, Integer> counts(Clause clause) {
        Map<String, Integer> counts = new TreeMap<>();
        List<String> words = words(clause.text(), MAX_CHARS);
        String previous = null;
        for (String word : words) {
            counts.merge(word, 1, Integer::sum);
            if (previous != null) {
                counts.merge(previous + ' ' + word, 1, Integer::sum);
            }
            previous = word;
        }
        for (String word : words.subList(0, Math.min(OPENING_WORDS, words.size()))) {
            counts.merge("b:" + word, 1, Integer::sum);
        }
        if (clause.heading() != null) {
            for (String word : words(clause.heading(), 400)) {
                counts.merge("h:" + word, 1, Integer::sum);
            }
        }
        return counts;
    }

    static List<String> words(String text, int maxChars) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        int end = Math.min(text.length(), maxChars);
        for (int i = 0; i <= end; i++) {
            char c = i < end ? text.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c)) {
                if (word.length() < MAX_WORD) {
                    word.append(Character.isDigit(c) ? '0' : c);
                }
            } else if (!word.isEmpty()) {
                words.add(collapseDigits(word.toString().toLowerCase(Locale.ROOT)));
                word.setLength(0);
            }
        }
        return words;
    }

    private static String collapseDigits(String word) {
        return word.indexOf("00") < 0 ? word : word.replaceAll("0+", "0");
    }
}
