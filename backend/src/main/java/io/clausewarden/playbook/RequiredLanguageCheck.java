package io.clausewarden.playbook;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The clause must contain the given language (any entry, or all with {@code requireAll}); a negated
 * occurrence ("shall not indemnify") does not count.
 *
 * @param describe what the language says, in a lawyer's words ("a reasonable standard of care"), for the finding;
 *                 null to quote phrases, or to say only that the wording is missing when the entries are patterns
 * @param insert   a sentence that supplies the language, appended to the clause when it is missing; null to
 *                 propose the position's preferred language instead
 */
record RequiredLanguageCheck(LanguageMatcher language, boolean requireAll, boolean redLine, String describe,
                             String insert) implements Check {
    static final String KIND = "required_language";

    RequiredLanguageCheck(List<String> phrases, List<String> patterns, boolean requireAll, boolean redLine) {
        this(new LanguageMatcher(phrases, patterns), requireAll, redLine, null, null);
    }


    @Override
    public Check boundTo(PartyNames names) {
        LanguageMatcher bound = language.boundTo(names);
        String described = PartyPlaceholders.text(describe, names);
        String inserted = PartyPlaceholders.text(insert, names);
        return bound == language && java.util.Objects.equals(described, describe) && java.util.Objects.equals(inserted, insert)
                ? this : new RequiredLanguageCheck(bound, requireAll, redLine, described, inserted);
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
        if (insert != null) {
            return Insertions.atEnd(text, missingReason(missing), insert);
        }
        // No single span is wrong when language is missing: point at the start of the clause.
        return CheckResult.deviation(missingReason(missing), 0, 0, null);
    }

    /** Never a regular expression: a lawyer reads this. */
    private String missingReason(List<String> missing) {
        if (describe != null) {
            return "The clause does not provide " + describe.strip() + ".";
        }
        List<String> words = missing.stream().filter(language.phrases()::contains).toList();
        if (words.size() == missing.size()) {
            String what = requireAll ? String.join("\", \"", words) : String.join("\" or \"", words);
            return "Required language is missing: \"" + what + "\".";
        }
        return "The clause lacks the wording the playbook requires for this position.";
    }

    @Override
    public Map<String, Object> parameters() {
        Map<String, Object> p = new LinkedHashMap<>();
        Parameters.putList(p, "phrases", language.phrases());
        Parameters.putList(p, "patterns", language.patterns());
        if (requireAll) {
            p.put("match", "all");
        }
        Parameters.put(p, "describe", describe);
        Parameters.put(p, "insert", insert);
        return p;
    }
}
