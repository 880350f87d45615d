package io.clausewarden.playbook;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Finds phrases (whitespace- and case-insensitive) or regular expressions in text, skipping negated hits.
 * Compiled once; equal when built from the same phrases and patterns.
 */
final class LanguageMatcher {
    record Hit(int start, int end, String searchedFor) {
    }

    private record Searched(Pattern pattern, String source) {
    }

    private final List<Searched> searched = new ArrayList<>();
    private final List<String> phrases;
    private final List<String> patterns;

    LanguageMatcher(List<String> phrases, List<String> patterns) {
        this.phrases = phrases == null ? List.of() : List.copyOf(phrases);
        this.patterns = patterns == null ? List.of() : List.copyOf(patterns);
        for (String phrase : this.phrases) {
            String[] words = phrase.strip().split("\\s+");
            StringBuilder regex = new StringBuilder("(?<![\\w-])");
            for (int i = 0; i < words.length; i++) {
                regex.append(i == 0 ? "" : "\\s+").append(Pattern.quote(words[i]));
            }
            regex.append("(?![\\w-])");
            searched.add(new Searched(compile(regex.toString()), phrase));
        }
        for (String pattern : this.patterns) {
            try {
                searched.add(new Searched(compile(pattern), pattern));
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException("invalid regular expression: " + e.getDescription());
            }
        }
        if (searched.isEmpty()) {
            throw new IllegalArgumentException("phrases or patterns must list at least one entry");
        }
    }

    List<String> phrases() {
        return phrases;
    }

    List<String> patterns() {
        return patterns;
    }

    /** The first affirmative hit of any entry, or null. */
    Hit findAny(String text) {
        Hit first = null;
        for (int i = 0; i < searched.size(); i++) {
            Hit hit = find(text, i);
            if (hit != null && (first == null || hit.start() < first.start())) {
                first = hit;
            }
        }
        return first;
    }

    /** Every affirmative hit of every entry, in text order. */
    List<Hit> findAll(String text) {
        List<Hit> hits = new ArrayList<>();
        for (Searched s : searched) {
            Matcher m = s.pattern().matcher(text);
            while (m.find()) {
                if (m.end() > m.start() && !Negation.isNegated(text, m.start(), m.end(), s.source())) {
                    hits.add(new Hit(m.start(), m.end(), s.source()));
                }
            }
        }
        hits.sort(java.util.Comparator.comparingInt(Hit::start));
        return hits;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LanguageMatcher that && phrases.equals(that.phrases) && patterns.equals(that.patterns);
    }

    @Override
    public int hashCode() {
        return phrases.hashCode() * 31 + patterns.hashCode();
    }

    @Override
    public String toString() {
        return "LanguageMatcher" + phrases + patterns;
    }

    int size() {
        return searched.size();
    }

    /** The first affirmative (not negated) hit of entry {@code i}, or null. */
    Hit find(String text, int i) {
        Searched s = searched.get(i);
        Matcher m = s.pattern().matcher(text);
        while (m.find()) {
            if (m.end() > m.start() && !Negation.isNegated(text, m.start(), m.end(), s.source())) {
                return new Hit(m.start(), m.end(), s.source());
            }
        }
        return null;
    }

    String source(int i) {
        return searched.get(i).source();
    }

    private static Pattern compile(String regex) {
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
