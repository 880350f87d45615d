package io.clausewarden.playbook;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Liability must be capped; with {@code minMonthsOfFees}, a cap measured in fees must cover at least that
 * many months ("fees paid in the twelve (12) months before the claim").
 */
record LiabilityCapCheck(Integer minMonthsOfFees, boolean redLine) implements Check {
    static final String KIND = "liability_cap";

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final List<Pattern> UNCAPPED = List.of(
            Pattern.compile("\\b(?:unlimited|uncapped)\\s+(?:liability|damages)\\b", FLAGS),
            Pattern.compile("\\bliab(?:ility|le)\\b[^.;]{0,100}?\\b(?:is|are|be|shall\\s+be|will\\s+be)\\s+(?:unlimited|uncapped)\\b", FLAGS),
            Pattern.compile("\\bliability\\b[^.;]{0,100}?\\b(?:shall|will|is|does)\\s+not\\s+be\\s+(?:limited|capped|subject\\s+to\\s+any\\s+(?:cap|limit(?:ation)?))\\b", FLAGS),
            Pattern.compile("\\bno\\s+(?:cap|limit|limitation)\\s+(?:on|to|of)\\s+(?:\\S+\\s+){0,3}?liability\\b", FLAGS),
            Pattern.compile("\\bliab(?:ility|le)\\b[^.;]{0,60}?\\bwithout\\s+(?:any\\s+)?(?:limit|limitation|cap)\\b", FLAGS));
    private static final List<Pattern> CAPPED = List.of(
            Pattern.compile("\\bliab(?:ility|le)\\b[^.;]{0,200}?\\b(?:will|shall|does|do|may)\\s+not\\s+(?:in\\s+(?:the\\s+)?aggregate\\s+)?(?:exceed|be\\s+more\\s+than|be\\s+greater\\s+than)\\b", FLAGS),
            Pattern.compile("\\bliab(?:ility|le)\\b[^.;]{0,160}?\\b(?:is|are|be)\\s+limited\\s+to\\b", FLAGS),
            Pattern.compile("\\b(?:in\\s+no\\s+event|under\\s+no\\s+circumstances)\\b[^.;]{0,200}?\\bexceed\\b", FLAGS),
            Pattern.compile("\\bliability\\b[^.;]{0,80}?\\bcapped\\s+at\\b", FLAGS));
    private static final Pattern PERIOD = Pattern.compile(
            "\\b(?:(\\d{1,3})|(" + NumberWords.REGEX + ")(?:\\s*\\((\\d{1,3})\\))?)[\\s-]+(?:calendar\\s+)?(month|year)s?\\b",
            FLAGS);
    private static final Pattern ADJECTIVAL = Pattern.compile("\\s+(?:period|term|window|interval|span|cycle)\\b", FLAGS);
    private static final Pattern FEES = Pattern.compile("\\b(?:fees|amounts?|charges|paid|payable|price)\\b", FLAGS);
    private static final Pattern DIGITS = Pattern.compile("\\d");
    private static final Pattern SENTENCE_END = Pattern.compile("[.;](?=\\s|$)");
    private static final Pattern GREATER = Pattern.compile("\\b(?:greater|higher)\\s+of\\b", FLAGS);
    private static final Pattern LESSER = Pattern.compile("\\b(?:lesser|lower|smaller)\\s+of\\b", FLAGS);

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public CheckResult evaluate(String text) {
        for (Pattern pattern : UNCAPPED) {
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                if (!Negation.isNegatedBefore(text, m.start())) {
                    return CheckResult.deviation("Liability is stated to be unlimited; it must be capped.",
                            m.start(), m.end(), null);
                }
            }
        }
        Matcher cap = firstCap(text);
        if (cap == null) {
            return CheckResult.notApplicable("No statement capping or uncapping liability.");
        }
        int sentenceEnd = endOfSentence(text, cap.end());
        String amount = text.substring(cap.end(), sentenceEnd);
        List<Period> periods = feePeriods(amount, cap.end());
        int[] term = periods.isEmpty() && !DIGITS.matcher(amount).find() ? DefinedTerms.at(text, cap.end()) : null;
        if (term != null) {
            String name = text.substring(term[0], term[1]);
            return CheckResult.needsReview("Liability is capped at '" + name + "', which is defined outside this clause; "
                    + "confirm the amount" + (minMonthsOfFees == null ? "." : " is at least " + minMonthsOfFees
                    + " months of fees."), term[0], term[1]);
        }
        if (minMonthsOfFees == null || periods.isEmpty()) {
            return CheckResult.compliant(periods.isEmpty()
                    ? "Liability is capped; the amount is not expressed in months of fees."
                    : "Liability is capped at fees for " + periods.get(0).months() + " months.", cap.start(), cap.end());
        }
        Period decisive = decisive(amount, periods);
        if (decisive.months() >= minMonthsOfFees) {
            return CheckResult.compliant("Liability is capped at fees for " + decisive.months() + " months.",
                    decisive.start(), decisive.end());
        }
        return CheckResult.deviation("Liability is capped at fees for " + decisive.months()
                        + " months, below the required " + minMonthsOfFees + " months.",
                decisive.start(), decisive.end(), decisive.replacement(minMonthsOfFees));
    }

    @Override
    public java.util.Map<String, Object> parameters() {
        java.util.Map<String, Object> p = new java.util.LinkedHashMap<>();
        Parameters.put(p, "minMonthsOfFees", minMonthsOfFees);
        return p;
    }

    /** A number of months found in the cap sentence; [start, end) is the text to rewrite for another value. */
    private record Period(int months, int start, int end, String style, boolean years, boolean monthNoun,
                          String gap) {
        String replacement(int wantedMonths) {
            if (monthNoun) {
                return number(wantedMonths) + gap + (wantedMonths == 1 ? "month" : "months");
            }
            if (years) {
                boolean whole = wantedMonths % 12 == 0;
                int value = whole ? wantedMonths / 12 : wantedMonths;
                String unit = whole ? (value == 1 ? " year" : " years") : " months";
                return number(value) + unit;
            }
            return number(wantedMonths);
        }

        private String number(int value) {
            return switch (style) {
                case "digits" -> Integer.toString(value);
                case "words" -> NumberWords.toWords(value);
                default -> NumberWords.toWords(value) + " (" + value + ")";
            };
        }
    }

    private static Matcher firstCap(String text) {
        Matcher first = null;
        for (Pattern pattern : CAPPED) {
            Matcher m = pattern.matcher(text);
            if (m.find() && (first == null || m.start() < first.start())) {
                first = m;
            }
        }
        return first;
    }

    private static List<Period> feePeriods(String amount, int offset) {
        List<Period> periods = new ArrayList<>();
        if (!FEES.matcher(amount).find()) {
            return periods;
        }
        Matcher m = PERIOD.matcher(amount);
        while (m.find()) {
            int value;
            String style;
            int numberEnd;
            if (m.group(1) != null) {
                value = Integer.parseInt(m.group(1));
                style = "digits";
                numberEnd = m.end(1);
            } else if (m.group(3) != null) {
                value = Integer.parseInt(m.group(3));
                style = "both";
                numberEnd = m.end(3) + 1;
            } else {
                value = NumberWords.parse(m.group(2));
                style = "words";
                numberEnd = m.end(2);
            }
            boolean years = m.group(4).equalsIgnoreCase("year");
            int start = m.group(1) != null ? m.start(1) : m.start(2);
            // "the one (1) month before the claim" must become "twelve (12) months"; "a one-month period" stays singular.
            boolean singularNoun = !years && m.end() == m.end(4) && !ADJECTIVAL.matcher(amount).region(m.end(), amount.length()).lookingAt()
                    && !amount.substring(numberEnd, m.start(4)).contains("-");
            int end = years || singularNoun ? m.end() : numberEnd;
            periods.add(new Period(years ? value * 12 : value, offset + start, offset + end, style, years, singularNoun,
                    amount.substring(numberEnd, m.start(4))));
        }
        return periods;
    }

    private static Period decisive(String amount, List<Period> periods) {
        java.util.Comparator<Period> byMonths = java.util.Comparator.comparingInt(Period::months);
        if (GREATER.matcher(amount).find()) {
            return periods.stream().max(byMonths).orElseThrow();
        }
        if (LESSER.matcher(amount).find()) {
            return periods.stream().min(byMonths).orElseThrow();
        }
        return periods.get(0);
    }

    private static int endOfSentence(String text, int from) {
        Matcher m = SENTENCE_END.matcher(text);
        return m.find(from) ? m.start() : text.length();
    }
}
