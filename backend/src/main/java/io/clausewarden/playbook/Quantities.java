package io.clausewarden.playbook;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds durations ("thirty (30) days", "15 business days", "a 12-month period"), sums of money
 * ("USD 1,000,000", "$1m", "EUR 500.000", "£2 million") and multiples ("two times (2x) the fees") in text.
 * A number right after "Section", "Clause" and the like is a cross-reference, never a quantity.
 */
final class Quantities {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String WORD = "(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen"
            + "|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty"
            + "|ninety|hundred)";
    private static final String WORDS = "\\b" + WORD + "(?:(?:-|\\s+|\\s+and\\s+)" + WORD + ")*\\b";
    private static final String DIGITS = "\\d{1,3}(?:[,.]\\d{3})+(?:[.,]\\d+)?|\\d+(?:[.,]\\d+)?";
    private static final String NUMBER = "(?:(?<w>" + WORDS + ")\\s*\\(\\s*(?<wd>" + DIGITS + ")\\s*\\)"
            + "|(?<![\\w.,])(?<d>" + DIGITS + ")|(?<wo>" + WORDS + "))";
    private static final Pattern DURATION = Pattern.compile(NUMBER
            + "(?:\\s*-\\s*|\\s+)(?:or\\s+(?:more|fewer|less)\\s+)?(?<kind>(?:calendar|business|working|consecutive)\\s+)?"
            + "(?<unit>hour|day|week|month|year)s?(?!\\w)", FLAGS);
    private static final String SCALE = "million|mm|mn|m|k|thousand|billion|bn";
    private static final Pattern MONEY = Pattern.compile(
            "(?<cur>US\\$|USD|EUR|GBP|CHF|CAD|AUD|\\$|€|£)\\s?(?<d>" + DIGITS + ")(?:\\s?(?<scale>" + SCALE + ")\\b)?"
                    + "|(?<![\\w.,])(?<d2>" + DIGITS + ")(?:\\s(?<scale2>million|thousand|billion)\\b)?\\s*"
                    + "(?<cur2>USD|EUR|GBP|CHF|U\\.S\\.\\s+dollars|dollars|euros|pounds(?:\\s+sterling)?)\\b", FLAGS);
    private static final Pattern MULTIPLE = Pattern.compile("(?:(?<w>" + WORDS + ")\\s+times|(?<![\\w.,])(?<d>"
            + DIGITS + ")\\s*(?:x|times))(?:\\s*\\(\\s*(?<x>" + DIGITS + ")\\s*x\\s*\\))?(?!\\w)", FLAGS);
    private static final Pattern CROSS_REFERENCE = Pattern.compile(
            "(?:\\b(?:sections?|clauses?|articles?|paragraphs?|schedules?|exhibits?|annex(?:es)?|appendi(?:x|ces)|"
                    + "items?|parts?|rules?|version|no\\.)|§§?)\\s*$", FLAGS);
    private static final Pattern TIMES_X = Pattern.compile("\\(\\s*[\\d.,]+\\s*x\\s*\\)", FLAGS);

    enum Kind { DURATION, MONEY, MULTIPLE }

    /**
     * One quantity.
     *
     * @param value       in days for durations, in the currency for money, the factor for multiples
     * @param unit        "days", "business_days", "months"..., a currency code, or "times"
     * @param amount      the number as written, in its own unit (15 for "15 business days")
     * @param numberStart start of the text to rewrite for another value
     * @param numberEnd   end of that text
     */
    record Quantity(Kind kind, double value, String unit, double amount, int start, int end,
                    int numberStart, int numberEnd, NumberStyle style) {

        /** The text to put in [numberStart, numberEnd) so that the quantity reads {@code newAmount} of its unit. */
        String rewrite(String text, double newAmount) {
            String original = text.substring(numberStart, numberEnd);
            if (kind != Kind.MULTIPLE) {
                return style.format(newAmount);
            }
            String digits = NumberStyle.digits("").format(newAmount);
            String rewritten = original.replaceFirst("^(?:" + WORDS + "|" + DIGITS + ")", style.format(newAmount));
            return TIMES_X.matcher(rewritten).replaceAll("(" + digits + "x)");
        }
    }

    private Quantities() {
    }

    /** Quantities of every kind in [from, to), in text order. */
    static List<Quantity> find(String text, int from, int to) {
        List<Quantity> found = new ArrayList<>();
        durations(text, from, to, found);
        money(text, from, to, found);
        multiples(text, from, to, found);
        found.sort(Comparator.comparingInt(Quantity::start));
        return found;
    }

    private static void durations(String text, int from, int to, List<Quantity> found) {
        Matcher m = DURATION.matcher(text).region(from, to);
        while (m.find()) {
            Written number = written(m, text);
            if (number == null || isCrossReference(text, m.start())) {
                continue;
            }
            String unit = m.group("unit").toLowerCase(Locale.ROOT) + "s";
            String kind = m.group("kind") == null ? "" : m.group("kind").strip().toLowerCase(Locale.ROOT);
            if (unit.equals("days") && (kind.equals("business") || kind.equals("working"))) {
                unit = "business_days";
            }
            found.add(new Quantity(Kind.DURATION, number.value() * Units.daysPer(unit), unit, number.value(),
                    m.start(), m.end(), number.start(), number.end(), number.style()));
        }
    }

    private static void money(String text, int from, int to, List<Quantity> found) {
        Matcher m = MONEY.matcher(text).region(from, to);
        while (m.find()) {
            boolean prefix = m.group("d") != null;
            String digits = prefix ? m.group("d") : m.group("d2");
            int start = prefix ? m.start("d") : m.start("d2");
            if (isCrossReference(text, m.start())) {
                continue;
            }
            String scaleGroup = prefix ? "scale" : "scale2";
            String scale = m.group(scaleGroup);
            double multiplier = scale(scale);
            int numberEnd = scale == null ? start + digits.length() : m.end(scaleGroup);
            NumberStyle style = new NumberStyle(NumberStyle.Form.DIGITS, separator(digits), multiplier,
                    text.substring(start + digits.length(), numberEnd));
            double amount = parse(digits) * multiplier;
            found.add(new Quantity(Kind.MONEY, amount, currency(prefix ? m.group("cur") : m.group("cur2")), amount,
                    m.start(), m.end(), start, numberEnd, style));
        }
    }

    private static void multiples(String text, int from, int to, List<Quantity> found) {
        Matcher m = MULTIPLE.matcher(text).region(from, to);
        while (m.find()) {
            double value;
            NumberStyle style;
            if (m.group("w") != null) {
                value = NumberWords.parse(m.group("w"));
                style = NumberStyle.WORDS;
            } else {
                value = parse(m.group("d"));
                style = NumberStyle.digits(separator(m.group("d")));
            }
            if (value >= 0) {
                found.add(new Quantity(Kind.MULTIPLE, value, Units.TIMES, value, m.start(), m.end(), m.start(), m.end(),
                        style));
            }
        }
    }

    private record Written(double value, int start, int end, NumberStyle style) {
    }

    private static Written written(Matcher m, String text) {
        if (m.group("wd") != null) {
            int close = text.indexOf(')', m.end("wd"));
            return new Written(parse(m.group("wd")), m.start("w"), close + 1, NumberStyle.BOTH);
        }
        if (m.group("d") != null) {
            return new Written(parse(m.group("d")), m.start("d"), m.end("d"), NumberStyle.digits(separator(m.group("d"))));
        }
        int words = NumberWords.parse(m.group("wo"));
        return words < 0 ? null : new Written(words, m.start("wo"), m.end("wo"), NumberStyle.WORDS);
    }

    /** "1,000,000" and "500.000" group thousands; "2.5" and "1,5" are decimals. */
    static double parse(String digits) {
        String separator = separator(digits);
        if (separator.isEmpty()) {
            return Double.parseDouble(digits.replace(',', '.'));
        }
        String decimal = separator.equals(",") ? "." : ",";
        return Double.parseDouble(digits.replace(separator, "").replace(decimal, "."));
    }

    /** The thousands separator of {@code digits}, or "" when it has none. */
    static String separator(String digits) {
        if (!digits.matches("\\d{1,3}(?:[,.]\\d{3})+(?:[.,]\\d+)?")) {
            return "";
        }
        return String.valueOf(digits.charAt(digits.replaceFirst("[,.].*$", "").length()));
    }

    private static double scale(String scale) {
        if (scale == null) {
            return 1;
        }
        return switch (scale.toLowerCase(Locale.ROOT)) {
            case "k", "thousand" -> 1_000;
            case "billion", "bn" -> 1_000_000_000;
            default -> 1_000_000;
        };
    }

    private static String currency(String written) {
        String c = written.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        return switch (c) {
            case "$", "us$", "usd", "dollars", "u.s. dollars" -> "USD";
            case "€", "eur", "euros" -> "EUR";
            case "£", "gbp", "pounds", "pounds sterling" -> "GBP";
            default -> c.toUpperCase(Locale.ROOT);
        };
    }

    private static boolean isCrossReference(String text, int start) {
        return CROSS_REFERENCE.matcher(text.substring(Math.max(0, start - 16), start)).find();
    }
}
