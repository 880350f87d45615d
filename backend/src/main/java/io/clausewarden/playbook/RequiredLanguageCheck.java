package io.clausewarden.playbook;

import java.util.ArrayList;
import java.util.List;

/**
 * The clause must contain the given language (any entry, or all with {@code requireAll}); a negated
 * occurrence ("shall not indemnify") does not count.
 */
public record RequiredLanguageCheck(List<String> phrases, List<String> patterns, boolean requireAll, boolean redLine)
        implements Check {
    public static final String KIND = "required_language";

    public RequiredLanguageCheck {
        phrases = phrases == null ? List.of() : List.copyOf(phrases);
        patterns = patterns == null ? List.of() : List.copyOf(patterns);
        new LanguageMatcher(phrases, patterns);
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public boolean wholeType() {
        return true;
    }

    @Override
    public CheckResult evaluate(String text) {
        LanguageMatcher matcher = new LanguageMatcher(phrases, patterns);
        List<String> missing = new ArrayList<>();
        int found = 0;
        for (int i = 0; i < matcher.size(); i++) {
            if (matcher.find(text, i) == null) {
                missing.add(matcher.source(i));
            } else {
                found++;
            }
        }
        boolean ok = requireAll ? missing.isEmpty() : found > 0;
        if (ok) {
            return CheckResult.compliant("The required language is present.");
        }
        String what = requireAll ? String.join("\", \"", missing) : String.join("\" or \"", missing);
        // No single span is wrong when language is missing: point at the start of the clause.
        return CheckResult.deviation("Required language is missing: \"" + what + "\".", 0, 0, null);
    }
}
