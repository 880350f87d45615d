package io.clausewarden.playbook;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plain phrases found as whole words, case- and whitespace-insensitively, negated or not: for checks that read the
 * context of a phrase themselves (a carve-out is often worded "shall not apply to ... indemnification").
 */
final class Phrases {
    private final List<String> phrases;
    private final Pattern pattern;

    Phrases(List<String> phrases, String field) {
        if (phrases == null || phrases.isEmpty()) {
            throw new IllegalArgumentException(field + ": must list at least one entry");
        }
        if (phrases.size() > PatternLimits.MAX_PHRASES) {
            throw new IllegalArgumentException(field + ": lists " + phrases.size() + " entries; the limit is "
                    + PatternLimits.MAX_PHRASES);
        }
        this.phrases = List.copyOf(phrases);
        StringBuilder alternatives = new StringBuilder();
        for (int i = 0; i < phrases.size(); i++) {
            String phrase = phrases.get(i).strip();
            if (phrase.isEmpty() || phrase.length() > PatternLimits.MAX_PHRASE_CHARS) {
                throw new IllegalArgumentException(field + "[" + i + "]: must be a phrase of 1 to "
                        + PatternLimits.MAX_PHRASE_CHARS + " characters");
            }
            alternatives.append(alternatives.length() == 0 ? "" : "|").append(String.join("\\s+",
                    java.util.Arrays.stream(phrase.split("\\s+")).map(Pattern::quote).toList()));
        }
        this.pattern = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    List<String> list() {
        return phrases;
    }

    Matcher matcher(CharSequence text) {
        return pattern.matcher(text);
    }

    String first() {
        return phrases.get(0).toLowerCase(Locale.ROOT);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Phrases p && p.phrases.equals(phrases);
    }

    @Override
    public int hashCode() {
        return phrases.hashCode();
    }
}
