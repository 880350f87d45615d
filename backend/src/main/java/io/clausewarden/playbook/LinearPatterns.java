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
    private static final String SPACE = "[\\t\\n\\x0B\\f\\r ]";

    private LinearPatterns() {
    }

    /** The compiled regular expression; throws {@link PatternShape.Refused} with the reason it cannot be used. */
    static Pattern regex(String regex) {
        if (regex.length() > PatternLimits.MAX_PATTERN_CHARS) {
            throw new PatternShape.Refused("is " + regex.length() + " characters long; the limit is "
                    + PatternLimits.MAX_PATTERN_CHARS);
        }
        PatternShape.check(regex);
        Pattern pattern;
        try {
            pattern = Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
        } catch (PatternSyntaxException e) {
            throw new PatternShape.Refused("is not a valid regular expression: " + e.getDescription());
        }
        if (pattern.programSize() > PatternLimits.MAX_PROGRAM_SIZE) {
            throw tooLarge();
        }
        return pattern;
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
