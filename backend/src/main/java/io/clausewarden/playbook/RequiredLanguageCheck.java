package io.clausewarden.playbook;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The clause must contain the given language (any entry, or all with {@code requireAll}); a negated
 * occurrence ("shall not indemnify") does not count.
 */
record RequiredLanguageCheck(LanguageMatcher language, boolean requireAll, boolean redLine) implements Check {
    static final String KIND = "required_language";

    RequiredLanguageCheck(List<String> phrases, List<String> patterns, boolean requireAll, boolean redLine) {
        this(new LanguageMatcher(phrases, patterns), requireAll, redLine);
    }

    @Override
    public Check boundTo(PartyNames names) {
        LanguageMatcher bound = language.boundTo(names);
        return bound == language ? this : new RequiredLanguageCheck(bound, requireAll, redLine);
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
        List<String> missing = new ArrayList<>();
        LanguageMatcher.Hit firstFound = null;
        LanguageMatcher.Unevaluable failure = null;
        for (int i = 0; i < language.size(); i++) {
            try {
                LanguageMatcher.Hit hit = language.find(text, i);
                if (hit == null) {
                    missing.add(language.source(i));
                } else if (firstFound == null) {
                    firstFound = hit;
                }
            } catch (LanguageMatcher.Unevaluable e) {
                failure = failure == null ? e : failure;
            }
        }
        boolean ok = requireAll ? missing.isEmpty() && failure == null : firstFound != null;
        boolean undecided = failure != null && (requireAll ? missing.isEmpty() : firstFound == null);
        if (undecided) {
            return failure.result();
        }
        if (ok) {
            return CheckResult.compliant("It contains the required language \"" + text.substring(firstFound.start(), firstFound.end())
                    + "\".", firstFound.start(), firstFound.end());
        }
        String what = requireAll ? String.join("\", \"", missing) : String.join("\" or \"", missing);
        // No single span is wrong when language is missing: point at the start of the clause.
        return CheckResult.deviation("Required language is missing: \"" + what + "\".", 0, 0, null);
    }

    @Override
    public Map<String, Object> parameters() {
        Map<String, Object> p = new LinkedHashMap<>();
        Parameters.putList(p, "phrases", language.phrases());
        Parameters.putList(p, "patterns", language.patterns());
        if (requireAll) {
            p.put("match", "all");
        }
        return p;
    }
}
