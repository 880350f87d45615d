package io.clausewarden.playbook;

import java.util.List;

/**
 * The clause must not contain the given language. Negated occurrences do not count: forbidding
 * "shall be liable" does not trigger on "neither party shall be liable".
 *
 * @param replacement optional text to put in place of the forbidden language
 */
public record ForbiddenLanguageCheck(List<String> phrases, List<String> patterns, String replacement, boolean redLine)
        implements Check {
    public static final String KIND = "forbidden_language";

    public ForbiddenLanguageCheck {
        phrases = phrases == null ? List.of() : List.copyOf(phrases);
        patterns = patterns == null ? List.of() : List.copyOf(patterns);
        new LanguageMatcher(phrases, patterns);
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public CheckResult evaluate(String text) {
        LanguageMatcher matcher = new LanguageMatcher(phrases, patterns);
        LanguageMatcher.Hit first = null;
        for (int i = 0; i < matcher.size(); i++) {
            LanguageMatcher.Hit hit = matcher.find(text, i);
            if (hit != null && (first == null || hit.start() < first.start())) {
                first = hit;
            }
        }
        if (first == null) {
            return CheckResult.compliant("No forbidden language found.");
        }
        return CheckResult.deviation("Contains forbidden language: \"" + text.substring(first.start(), first.end()) + "\".",
                first.start(), first.end(), replacement);
    }
}
