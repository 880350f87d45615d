package io.clausewarden.playbook;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A notice period about termination, non-renewal or a price change must be at least {@code min} and/or at most
 * {@code max} of {@code unit}. A cure period ("fails to cure within 30 days after notice") is not a notice period.
 *
 * @param about termination, non_renewal, price_change or any
 */
record NoticePeriodCheck(String about, String unit, Double min, Double max, boolean redLine) implements Check {
    static final String KIND = "notice_period";
    static final List<String> TOPICS = List.of("termination", "non_renewal", "price_change", "any");

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern NOTICE = Pattern.compile("\\bnotice\\b|\\bnotif(?:y|ies|ied|ication)\\b", FLAGS);
    private static final Map<String, Pattern> TOPIC = Map.of(
            "termination", Pattern.compile("\\bterminat", FLAGS),
            "non_renewal", Pattern.compile("\\bnon-?\\s?renewal\\b|\\bnot\\s+(?:to\\s+)?renew|\\brenew", FLAGS),
            "price_change", Pattern.compile("\\b(?:prices?|pricing|fees?|rates?|charges?)\\b[^.;]{0,60}\\b(?:increase|change|adjust)"
                    + "|\\b(?:increase|change|adjust)\\w*\\b[^.;]{0,60}\\b(?:prices?|pricing|fees?|rates?|charges?)\\b", FLAGS),
            "any", Pattern.compile("", FLAGS));
    /** A period that runs after the notice (to cure, to respond) is not the notice period itself. */
    private static final Pattern CURE_BEFORE = Pattern.compile("\\b(?:cure|remedy|remedied|cured)\\b", FLAGS);
    private static final Pattern AFTER_NOTICE = Pattern.compile(
            "^\\s*(?:after|following|from|of)\\s+(?:the\\s+)?(?:date\\s+of\\s+)?(?:receiv\\w*|receipt|delivery|such|the|written|notice)", FLAGS);
    private static final Pattern NOTICE_AFTER = Pattern.compile(
            "^[’'s]*\\s*(?:(?:prior|advance|written|express)\\s+)*(?:notice|notif)", FLAGS);
    private static final Pattern NOTICE_OF = Pattern.compile(
            "\\bnotice\\s+(?:period\\s+)?of\\s+(?:at\\s+least\\s+|not\\s+less\\s+than\\s+|no\\s+less\\s+than\\s+|a\\s+minimum\\s+of\\s+)?$", FLAGS);
    private static final Pattern NOTICE_EARLIER = Pattern.compile("\\b(?:notice|notif\\w*)\\b[^.;]{0,60}$", FLAGS);
    private static final Pattern IN_ADVANCE = Pattern.compile("^\\s*(?:prior|before|in\\s+advance|ahead)\\b", FLAGS);
    private static final Pattern DEFINED_NOTICE = Pattern.compile("\\b((?:[A-Z][\\w-]*\\s+){0,3}Notice\\s+(?:Date|Period|Deadline))\\b");
    private static final int NEAR = 80;

    NoticePeriodCheck {
        if (!TOPICS.contains(about)) {
            throw new IllegalArgumentException("about: must be one of " + String.join(", ", TOPICS));
        }
        Threshold.validate(unit, min, max);
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public CheckResult evaluate(String text) {
        CheckResult found = null;
        Matcher notice = NOTICE.matcher(text);
        int lastSentence = -1;
        Sentence sentences = Sentence.index(text);
        while (notice.find()) {
            int[] sentence = sentences.around(notice.start());
            // Each sentence is read once, however many notices it mentions.
            if (sentence[0] == lastSentence) {
                continue;
            }
            lastSentence = sentence[0];
            if (!TOPIC.get(about).matcher(text).region(sentence[0], sentence[1]).find()) {
                continue;
            }
            CheckResult result = inSentence(text, sentence);
            if (result.isDeviation()) {
                return result;
            }
            if (found == null || found.outcome() == CheckResult.Outcome.NOT_APPLICABLE) {
                found = result;
            }
        }
        return found != null ? found : CheckResult.notApplicable("No " + topic() + " notice period is stated.");
    }

    private CheckResult inSentence(String text, int[] sentence) {
        List<Quantities.Quantity> periods = Quantities.find(text, sentence[0], sentence[1]).stream()
                .filter(q -> q.kind() == Quantities.Kind.DURATION && isNoticePeriod(text, sentence, q)).toList();
        if (periods.isEmpty()) {
            Matcher defined = DEFINED_NOTICE.matcher(text).region(sentence[0], sentence[1]);
            return defined.find()
                    ? CheckResult.needsReview("The " + topic() + " notice period is set by '" + defined.group(1)
                    + "', defined outside this clause; confirm it is within " + Threshold.format(min != null ? min : max, unit)
                    + ".", defined.start(1), defined.end(1))
                    : CheckResult.notApplicable("No period is given for the notice.");
        }
        return Threshold.judge(text, periods.get(0), unit, min, max, "The " + topic() + " notice period");
    }

    /**
     * "thirty (30) days' prior written notice", "notice of at least 30 days", "notifies ... at least 30 days before
     * the end": the period is tied to the notice itself, not merely in the same sentence.
     */
    private static boolean isNoticePeriod(String text, int[] sentence, Quantities.Quantity q) {
        String before = text.substring(Math.max(sentence[0], q.start() - NEAR), q.start());
        String after = text.substring(q.end(), Math.min(sentence[1], q.end() + NEAR));
        if (CURE_BEFORE.matcher(before).find() || AFTER_NOTICE.matcher(after).find()) {
            return false;
        }
        return NOTICE_AFTER.matcher(after).find() || NOTICE_OF.matcher(before).find()
                || (NOTICE_EARLIER.matcher(before).find() && IN_ADVANCE.matcher(after).find());
    }

    private String topic() {
        return about.equals("any") ? "" : about.replace('_', '-');
    }

    @Override
    public Map<String, Object> parameters() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("about", about);
        p.put("unit", unit);
        Parameters.put(p, "min", Parameters.number(min));
        Parameters.put(p, "max", Parameters.number(max));
        return p;
    }
}
