package io.clausewarden.playbook;

import java.util.Locale;
import java.util.Map;

/** English number words for small numbers, as used in contracts ("twelve (12) months"). */
final class NumberWords {
    private static final String[] UNITS = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
            "nineteen"};
    private static final String[] TENS = {"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
            "ninety"};
    private static final Map<String, Integer> EXTRA = Map.of("a", 1, "an", 1, "single", 1);
    /** Matches the number words {@link #parse} understands, longest forms first. */
    static final String REGEX = "(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
            + "(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?"
            + "|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|ten"
            + "|one|two|three|four|five|six|seven|eight|nine|single|an|a)";

    private NumberWords() {
    }

    /** "twelve" → 12, "twenty-four" → 24, "one hundred and eighty" → 180; -1 when not a number word. */
    static int parse(String words) {
        String w = words.toLowerCase(Locale.ROOT).strip();
        if (EXTRA.containsKey(w)) {
            return EXTRA.get(w);
        }
        int total = 0;
        boolean any = false;
        for (String token : w.split("[\\s-]+")) {
            if (token.equals("and") && any) {
                continue;
            }
            int value = value(token);
            if (value < 0) {
                return -1;
            }
            total = value == 100 ? Math.max(total, 1) * 100 : total + value;
            any = true;
        }
        return any ? total : -1;
    }

    private static int value(String token) {
        if (token.equals("hundred")) {
            return 100;
        }
        for (int i = 0; i < UNITS.length; i++) {
            if (UNITS[i].equals(token)) {
                return i;
            }
        }
        for (int t = 2; t < TENS.length; t++) {
            if (TENS[t].equals(token)) {
                return t * 10;
            }
        }
        return -1;
    }

    /** 12 → "twelve", 24 → "twenty-four"; digits beyond 99. */
    static String toWords(int n) {
        if (n < 0 || n > 99) {
            return Integer.toString(n);
        }
        if (n < 20) {
            return UNITS[n];
        }
        return TENS[n / 10] + (n % 10 == 0 ? "" : "-" + UNITS[n % 10]);
    }
}
