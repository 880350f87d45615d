package io.clausewarden.redline;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits text into diff tokens: quoted defined terms, numbers ("1,000,000", "12.5%"), words (with inner
 * apostrophes and hyphens), runs of whitespace, single CJK characters and single other characters
 * (grapheme clusters, so an emoji is never cut in half). The tokens concatenate back to the input.
 */
final class Tokens {
    private static final String CJK = "\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsHangul}";
    private static final Pattern TOKEN = Pattern.compile(String.join("|",
            "[\"“]\\p{Lu}[^\"“”\\n]{0,80}[\"”]",
            "\\d+(?:[.,]\\d+)*%?",
            "[\\p{L}\\p{M}&&[^" + CJK + "]][\\p{L}\\p{M}\\p{N}&&[^" + CJK + "]]*(?:['’\\-][\\p{L}\\p{N}&&[^" + CJK + "]]+)*",
            "\\s+",
            "\\X"));

    private Tokens() {
    }

    static List<String> of(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        int end = 0;
        while (m.find()) {
            if (m.start() != end) {
                throw new IllegalStateException("tokens must cover the text");
            }
            tokens.add(m.group());
            end = m.end();
        }
        if (end != text.length()) {
            throw new IllegalStateException("tokens must cover the text");
        }
        return tokens;
    }

    static boolean isWordLike(String token) {
        return token.codePoints().anyMatch(Character::isLetterOrDigit);
    }
}
