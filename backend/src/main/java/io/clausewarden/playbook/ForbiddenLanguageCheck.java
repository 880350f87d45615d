package io.clausewarden.playbook;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The clause must not contain the given language. Negated occurrences do not count: forbidding
 * "shall be liable" does not trigger on "neither party shall be liable".
 *
 * @param replacement optional text to put in place of the forbidden language
 */
record ForbiddenLanguageCheck(LanguageMatcher language, String replacement, boolean redLine) implements Check {
    static final String KIND = "forbidden_language";

    ForbiddenLanguageCheck(List<String> phrases, List<String> patterns, String replacement, boolean redLine) {
        this(new LanguageMatcher(phrases, patterns), replacement, redLine);
    }

    List<String> phrases() {
        return language.phrases();
    }

    List<String> patterns() {
        return language.patterns();
    }

    @Override
    public Check boundTo(PartyNames names) {
        LanguageMatcher bound = language.boundTo(names);
        return bound == language ? this : new ForbiddenLanguageCheck(bound, replacement, redLine);
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public CheckResult evaluate(String text) {
        LanguageMatcher.Search search = language.findAny(text);
        LanguageMatcher.Hit first = search.first();
        if (first == null) {
            return search.failure() != null ? search.failure().result() : CheckResult.compliant("No forbidden language found.");
        }
        return CheckResult.deviation("Contains forbidden language: \"" + text.substring(first.start(), first.end()) + "\".",
                first.start(), first.end(), replacement);
    }

    @Override
    public Map<String, Object> parameters() {
        Map<String, Object> p = new LinkedHashMap<>();
        Parameters.putList(p, "phrases", phrases());
        Parameters.putList(p, "patterns", patterns());
        Parameters.put(p, "replacement", replacement);
        return p;
    }
}
