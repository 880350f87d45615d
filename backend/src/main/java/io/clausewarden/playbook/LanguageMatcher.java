package io.clausewarden.playbook;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Finds phrases (whitespace- and case-insensitive) or regular expressions in text, skipping negated hits. */
final class LanguageMatcher {
    record Hit(int start, int end, String searchedFor) {
    }

    private record Searched(Pattern pattern, String source) {
    }

    private final List<Searched> searched = new ArrayList<>();

    LanguageMatcher(List<String> phrases, List<String> patterns) {
        for (String phrase : phrases) {
            String[] words = phrase.strip().split("\\s+");
            StringBuilder regex = new StringBuilder("(?<![\\w-])");
            for (int i = 0; i < words.length; i++) {
                regex.append(i == 0 ? "" : "\\s+").append(Pattern.quote(words[i]));
            }
            regex.append("(?![\\w-])");
            searched.add(new Searched(compile(regex.toString()), phrase));
        }
        for (String pattern : patterns) {
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
