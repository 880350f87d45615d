package io.clausewarden.playbook;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A quantity written near a subject ("cure", "liability", "notice of a breach") must be at least {@code min}
 * and/or at most {@code max} of {@code unit}. Durations compare across units (30 days ≈ 22 business days);
 * money compares only in the same currency; "the greater of" / "the lesser of" pick the decisive amount.
 */
record NumericThresholdCheck(LanguageMatcher subject, String unit, Double min, Double max, boolean redLine,
                             String insert) implements Check {
    static final String KIND = "numeric_threshold";

    private static final Pattern GREATER = Pattern.compile("\\b(?:greater|higher|larger)\\s+of\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern LESSER = Pattern.compile("\\b(?:lesser|lower|smaller)\\s+of\\b", Pattern.CASE_INSENSITIVE);

    /** "the Term of Confidentiality", "the Cure Period": a value set on a cover page. */
    private static final Pattern DEFINED = Pattern.compile(
            "\\bthe\\s+((?:[A-Z][\\w-]*\\s+){0,3}(?:Term|Period|Cap|Amount|Date|Deadline|Process|Schedule)(?:\\s+of\\s+[A-Z][\\w-]*)?)\\b");

    NumericThresholdCheck(List<String> phrases, List<String> patterns, String unit, Double min, Double max,
                          boolean redLine) {
        this(subject(phrases, patterns, Origin.SUBMITTED), unit, min, max, redLine, null);
    }

    static LanguageMatcher subject(List<String> phrases, List<String> patterns, Origin origin) {
        if ((phrases == null || phrases.isEmpty()) && (patterns == null || patterns.isEmpty())) {
            throw new IllegalArgumentException("subject: subject or subjectPatterns must list at least one entry");
        }
        return new LanguageMatcher(phrases, patterns, "subject", "subjectPatterns", origin);
    }

    NumericThresholdCheck {
        Threshold.validate(unit, min, max);
    }

    /** The subject is not mentioned with any figure in any clause of the type: the term is absent. */
    @Override
    public String absence() {
        return "No figure in " + Units.label(unit) + " is stated for " + (subject.phrases().isEmpty() ? "this term"
                : "'" + subject.phrases().get(0) + "'") + ".";
    }

    @Override
    public Check boundTo(PartyNames names) {
        String inserted = PartyPlaceholders.text(insert, names);
        return java.util.Objects.equals(inserted, insert) ? this
                : new NumericThresholdCheck(subject, unit, min, max, redLine, inserted);
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public CheckResult evaluate(String text) {
        CheckResult compliant = null;
        CheckResult other = null;
        int lastSentence = -1;
        LanguageMatcher.Search subjects = subject.findAll(text);
        Sentence sentences = Sentence.index(text);
        for (LanguageMatcher.Hit hit : subjects.hits()) {
            int[] sentence = sentences.around(hit.start());
            if (sentence[0] == lastSentence) {
                continue;
            }
            lastSentence = sentence[0];
            CheckResult result = inSentence(text, sentence, hit);
            if (result.isDeviation()) {
                return result;
            }
            if (result.isCompliant() && compliant == null) {
                compliant = result;
            } else if (result.outcome() == CheckResult.Outcome.NEEDS_REVIEW && other == null) {
                other = result;
            }
        }
        if (subjects.failure() != null) {
            return subjects.failure().result();
        }
        if (other != null) {
            return other;
        }
        return compliant != null ? compliant
                : CheckResult.notApplicable("No quantity in " + Units.label(unit) + " is stated for this subject.");
    }

    private CheckResult inSentence(String text, int[] sentence, LanguageMatcher.Hit hit) {
        List<Quantities.Quantity> all = Quantities.find(text, sentence[0], sentence[1]);
        List<Quantities.Quantity> comparable = all.stream().filter(q -> Threshold.comparable(unit, q)).toList();
        if (comparable.isEmpty()) {
            Matcher defined = DEFINED.matcher(text).region(sentence[0], sentence[1]);
            if (all.isEmpty() && defined.find()) {
                String subjectText = text.substring(hit.start(), hit.end());
                String figure = subjectText.length() <= 40 ? "The figure for '" + subjectText + "'"
                        : "The figure in " + Units.label(unit);
                return CheckResult.needsReview(figure + " is set by '" + defined.group(1)
                        + "', defined outside this clause; confirm it is " + Threshold.bounds(unit, min, max) + ".",
                        defined.start(1), defined.end(1));
            }
            return all.stream().filter(q -> q.kind() == Quantities.Kind.MONEY && Units.CURRENCIES.contains(unit))
                    .findFirst()
                    .map(q -> CheckResult.needsReview("The amount is in " + q.unit() + ", not " + unit
                            + "; convert it to confirm the threshold.", q.start(), q.end()))
                    .orElse(CheckResult.notApplicable("No quantity near '" + hit.searchedFor() + "'."));
        }
        Quantities.Quantity decisive = decisive(text, sentence, hit, comparable);
        return Threshold.judge(text, decisive, unit, min, max, "The figure for '" + text.substring(hit.start(), hit.end()) + "'");
    }

    private static Quantities.Quantity decisive(String text, int[] sentence, LanguageMatcher.Hit hit,
                                                List<Quantities.Quantity> quantities) {
        String before = text.substring(sentence[0], quantities.get(0).start());
        java.util.Comparator<Quantities.Quantity> byValue = java.util.Comparator.comparingDouble(Quantities.Quantity::value);
        if (GREATER.matcher(before).find()) {
            return quantities.stream().max(byValue).orElseThrow();
        }
        if (LESSER.matcher(before).find()) {
            return quantities.stream().min(byValue).orElseThrow();
        }
        Quantities.Quantity nearest = quantities.get(0);
        for (Quantities.Quantity q : quantities) {
            if (distance(q, hit) < distance(nearest, hit)) {
                nearest = q;
            }
        }
        return nearest;
    }

    private static int distance(Quantities.Quantity q, LanguageMatcher.Hit hit) {
        return q.start() >= hit.end() ? q.start() - hit.end() : hit.start() - q.end() + 1;
    }

    @Override
    public Map<String, Object> parameters() {
        Map<String, Object> p = new LinkedHashMap<>();
        Parameters.putList(p, "subject", subject.phrases());
        Parameters.putList(p, "subjectPatterns", subject.patterns());
        p.put("unit", unit);
        Parameters.put(p, "min", Parameters.number(min));
        Parameters.put(p, "max", Parameters.number(max));
        Parameters.put(p, "insert", insert);
        return p;
    }
}
