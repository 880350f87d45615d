package io.clausewarden.playbook;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Automatic renewal ("renews automatically for successive one-year terms unless either party gives notice")
 * is forbidden, or allowed only with a non-renewal notice window of at least / at most so many days.
 */
record AutoRenewalCheck(boolean allowed, Integer minNoticeDays, Integer maxNoticeDays, boolean redLine)
        implements Check {
    static final String KIND = "auto_renewal";

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final List<Pattern> RENEWS = List.of(
            Pattern.compile("\\b(?:automatically|auto-?)\\s*(?:renew\\w*|extend\\w*)", FLAGS),
            Pattern.compile("\\b(?:renew\\w*|extend\\w*)\\s+automatically\\b", FLAGS),
            Pattern.compile("\\b(?:will|shall)\\s+(?:be\\s+)?(?:renew(?:ed)?|extend(?:ed)?)\\s+for\\s+(?:successive|additional|further|consecutive)\\b", FLAGS),
            Pattern.compile("\\bevergreen\\b", FLAGS));
    private static final Pattern WINDOW_WORDS = Pattern.compile(
            "\\bnon-?\\s?renewal\\b|\\bnot\\s+(?:to\\s+)?renew|\\bnotice\\b|\\bnotif\\w*|\\bprior\\s+to\\b|\\bbefore\\b", FLAGS);
    /** "renew for successive one-year terms", "an initial 12-month period": the length of a term, not a window. */
    private static final Pattern TERM_BEFORE = Pattern.compile(
            "(?:\\b(?:renew\\w*|extend\\w*)\\s+for\\s+(?:(?:successive|additional|further|consecutive|an?|one)\\s+)*|\\binitial\\s+)$", FLAGS);
    private static final Pattern TERM_AFTER = Pattern.compile("^\\s*(?:renewal\\s+)?(?:terms?|periods?)\\b", FLAGS);
    private static final Pattern DEFINED_WINDOW = Pattern.compile("\\b((?:[A-Z][\\w-]*\\s+){0,3}Notice\\s+(?:Date|Period|Deadline))\\b");

    AutoRenewalCheck {
        if (minNoticeDays != null && maxNoticeDays != null && minNoticeDays > maxNoticeDays) {
            throw new IllegalArgumentException("minNoticeDays: must not be greater than maxNoticeDays");
        }
        if (!allowed && (minNoticeDays != null || maxNoticeDays != null)) {
            throw new IllegalArgumentException("allowed: notice windows apply only when automatic renewal is allowed");
        }
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public CheckResult evaluate(String text) {
        Matcher renewal = renewal(text);
        if (renewal == null) {
            return CheckResult.notApplicable("The term does not renew automatically.");
        }
        if (!allowed) {
            return CheckResult.deviation("The term renews automatically; the playbook does not accept automatic renewal.",
                    renewal.start(), renewal.end(), null);
        }
        if (minNoticeDays == null && maxNoticeDays == null) {
            return CheckResult.compliant("The term renews automatically, which is acceptable.", renewal.start(), renewal.end());
        }
        int[] sentence = Sentence.around(text, renewal.start());
        Quantities.Quantity window = window(text, sentence);
        if (window == null) {
            Matcher defined = DEFINED_WINDOW.matcher(text).region(sentence[0], sentence[1]);
            if (defined.find()) {
                return CheckResult.needsReview("The term renews automatically and the non-renewal deadline is '"
                        + defined.group(1) + "', defined outside this clause; confirm it is " + bounds() + ".",
                        defined.start(1), defined.end(1));
            }
            return minNoticeDays == null
                    ? CheckResult.compliant("The term renews automatically and either party may stop it without a notice window.",
                    renewal.start(), renewal.end())
                    : CheckResult.deviation("The term renews automatically without a non-renewal notice window of at least "
                    + minNoticeDays + " days.", renewal.start(), renewal.end(), null);
        }
        return Threshold.judge(text, window, "days", minNoticeDays == null ? null : minNoticeDays.doubleValue(),
                maxNoticeDays == null ? null : maxNoticeDays.doubleValue(), "The term renews automatically; the non-renewal notice window");
    }

    private static Matcher renewal(String text) {
        Matcher first = null;
        for (Pattern pattern : RENEWS) {
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                if (!Negation.isNegatedBefore(text, m.start()) && (first == null || m.start() < first.start())) {
                    first = m;
                    break;
                }
            }
        }
        return first;
    }

    private static Quantities.Quantity window(String text, int[] sentence) {
        for (Quantities.Quantity q : Quantities.find(text, sentence[0], sentence[1])) {
            String before = text.substring(Math.max(sentence[0], q.start() - 80), q.start());
            String after = text.substring(q.end(), Math.min(sentence[1], q.end() + 40));
            boolean termLength = TERM_BEFORE.matcher(before).find() || TERM_AFTER.matcher(after).find();
            if (q.kind() == Quantities.Kind.DURATION && !termLength
                    && (WINDOW_WORDS.matcher(before).find() || WINDOW_WORDS.matcher(after).find())) {
                return q;
            }
        }
        return null;
    }

    private String bounds() {
        if (minNoticeDays != null && maxNoticeDays != null) {
            return "between " + minNoticeDays + " and " + maxNoticeDays + " days";
        }
        return minNoticeDays != null ? "at least " + minNoticeDays + " days" : "at most " + maxNoticeDays + " days";
    }

    @Override
    public Map<String, Object> parameters() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("allowed", allowed);
        Parameters.put(p, "minNoticeDays", minNoticeDays);
        Parameters.put(p, "maxNoticeDays", maxNoticeDays);
        return p;
    }
}
