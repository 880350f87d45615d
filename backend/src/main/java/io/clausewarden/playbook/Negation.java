package io.clausewarden.playbook;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Decides whether a phrase found in text is negated ("shall not be liable", "neither party shall be liable"). */
final class Negation {
    private static final Set<String> NEGATORS =
            Set.of("not", "no", "never", "neither", "nor", "without", "cannot", "none");
    private static final Pattern WORD = Pattern.compile("[\\p{L}']+");
    private static final Pattern BOUNDARY = Pattern.compile("[.;:!?]|\\bbut\\b|\\bhowever\\b|\\bexcept\\b",
            Pattern.CASE_INSENSITIVE);
    private static final int WINDOW_WORDS = 6;
    /** "no less than a reasonable standard" sets a floor; it negates nothing. */
    private static final Set<String> COMPARATIVES = Set.of("less", "more", "fewer", "later", "earlier", "greater", "lower");

    private Negation() {
    }

    /**
     * True when a negator occurs in the few words before the match (within the same clause of the
     * sentence) or inside the match while the searched phrase itself has none.
     */
    static boolean isNegated(String text, int start, int end, String searchedFor) {
        if (isNegatedBefore(text, start)) {
            return true;
        }
        boolean phraseHasNegator = false;
        // "\bnot" in a regular expression is the word "not", not "bnot".
        for (String word : words(searchedFor.replaceAll("\\\\[a-zA-Z]", " "))) {
            phraseHasNegator |= isNegator(word);
        }
        if (!phraseHasNegator) {
            for (String word : words(text.substring(start, end))) {
                if (isNegator(word)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** True when a negator occurs in the few words before {@code start}, within the same clause of the sentence. */
    static boolean isNegatedBefore(String text, int start) {
        String before = text.substring(Math.max(0, start - 120), start);
        Matcher boundary = BOUNDARY.matcher(before);
        int cut = 0;
        while (boundary.find()) {
            cut = boundary.end();
        }
        String[] words = words(before.substring(cut));
        for (int i = Math.max(0, words.length - WINDOW_WORDS); i < words.length; i++) {
            boolean comparative = i + 1 < words.length && COMPARATIVES.contains(words[i + 1].toLowerCase(Locale.ROOT));
            if (isNegator(words[i]) && !comparative) {
                return true;
            }
        }
        return false;
    }

    private static boolean isNegator(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return NEGATORS.contains(w) || w.endsWith("n't");
    }

    private static String[] words(String text) {
        return WORD.matcher(text).results().map(java.util.regex.MatchResult::group).toArray(String[]::new);
    }
}
