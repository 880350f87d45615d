package io.clausewarden.playbook;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;

/**
 * Compiles the phrases and regular expressions of language checks with RE2/J, whose matching time grows linearly
 * with the text whatever the pattern, after {@link PatternShape} and the limits of {@link PatternLimits}.
 * Matching is case-insensitive with Unicode case folding, as it was under java.util.regex.
 */
final class LinearPatterns {
    /** Java's {@code \s}: RE2's lacks the vertical tab. */
    private static final String SPACE_CHARS = "\\t\\n\\x0B\\f\\r ";
    private static final String SPACE = "[" + SPACE_CHARS + "]";

    private LinearPatterns() {
    }

    /** The compiled regular expression; throws {@link PatternShape.Refused} with the reason it cannot be used. */
    static Pattern regex(String regex) {
        return regex(regex, true);
    }

    /**
     * As {@link #regex(String)}; a pattern whose party placeholders were expanded has had its source's length
     * checked instead ({@link #checkSourceLength}), since a document's names lengthen it.
     */
    static Pattern regex(String regex, boolean checkLength) {
        if (checkLength && regex.length() > PatternLimits.MAX_PATTERN_CHARS) {
            throw new PatternShape.Refused("is " + regex.length() + " characters long; the limit is "
                    + PatternLimits.MAX_PATTERN_CHARS);
        }
        PatternShape.check(regex);
        Pattern pattern;
        try {
            pattern = Pattern.compile(javaSpaces(regex), Pattern.CASE_INSENSITIVE);
        } catch (PatternSyntaxException e) {
            throw new PatternShape.Refused("is not a valid regular expression: " + e.getDescription());
        }
        if (pattern.programSize() > PatternLimits.MAX_PROGRAM_SIZE) {
            throw tooLarge();
        }
        return pattern;
    }

    static void checkSourceLength(String source, boolean phrase) {
        int limit = phrase ? PatternLimits.MAX_PHRASE_CHARS : PatternLimits.MAX_PATTERN_CHARS;
        if (source.length() > limit) {
            throw new PatternShape.Refused("is " + source.length() + " characters long; the limit is " + limit);
        }
    }

    /**
     * The words of the phrase separated by any run of whitespace. Word boundaries are checked by the caller
     * ({@link #isWordEdge}), since RE2 has no lookbehind.
     */
    static Pattern phrase(String phrase) {
        if (phrase.length() > PatternLimits.MAX_PHRASE_CHARS) {
            throw new PatternShape.Refused("is " + phrase.length() + " characters long; the limit is "
                    + PatternLimits.MAX_PHRASE_CHARS);
        }
        StringBuilder regex = new StringBuilder();
        for (String word : phrase.strip().split(SPACE + "+")) {
            regex.append(regex.length() == 0 ? "" : SPACE + "+").append(Pattern.quote(word));
        }
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE);
    }

    /**
     * The regular expression with each {@code \\s} (and {@code \\S} outside a class) spelled as Java's whitespace,
     * which includes the vertical tab that Word uses for a line break inside a paragraph.
     */
    static String javaSpaces(String regex) {
        StringBuilder out = new StringBuilder(regex.length() + 16);
        boolean inClass = false;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\' && i + 1 < regex.length()) {
                char next = regex.charAt(++i);
                if (next == 'Q') {
                    int end = regex.indexOf("\\E", i);
                    int stop = end < 0 ? regex.length() : end + 2;
                    out.append(regex, i - 1, stop);
                    i = stop - 1;
                } else if (next == 's') {
                    out.append(inClass ? SPACE_CHARS : SPACE);
                } else if (next == 'S' && !inClass) {
                    out.append("[^").append(SPACE_CHARS).append(']');
                } else {
                    out.append(c).append(next);
                }
                continue;
            }
            if (c == '[' && !inClass) {
                inClass = true;
                out.append(c);
                int j = i + 1;
                if (j < regex.length() && regex.charAt(j) == '^') {
                    out.append('^');
                    j++;
                }
                if (j < regex.length() && regex.charAt(j) == ']') {
                    out.append(']');
                    j++;
                }
                i = j - 1;
                continue;
            }
            if (c == '[' && inClass && i + 1 < regex.length() && regex.charAt(i + 1) == ':') {
                int close = regex.indexOf(":]", i + 2);
                int stop = close < 0 ? regex.length() : close + 2;
                out.append(regex, i, stop);
                i = stop - 1;
                continue;
            }
            if (c == ']' && inClass) {
                inClass = false;
            }
            out.append(c);
        }
        return out.toString();
    }

    /** True when the character at {@code index} (if any) does not continue a word: not a letter, digit, _ or -. */
    static boolean isWordEdge(CharSequence text, int index) {
        if (index < 0 || index >= text.length()) {
            return true;
        }
        char c = text.charAt(index);
        return !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-');
    }

    static PatternShape.Refused tooLarge() {
        return new PatternShape.Refused("is too large: it compiles to more than " + PatternLimits.MAX_PROGRAM_SIZE
                + " instructions; use smaller counts in {n,m} or fewer alternatives");
    }
}
