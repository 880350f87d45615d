package io.clausewarden.playbook;

import java.util.Locale;
import java.util.Set;

/** Units that thresholds may be written in: durations (compared in days), currencies and multiples. */
final class Units {
    static final Set<String> DURATIONS = Set.of("hours", "days", "business_days", "weeks", "months", "years");
    static final Set<String> CURRENCIES = Set.of("USD", "EUR", "GBP", "CHF", "CAD", "AUD");
    static final String TIMES = "times";

    private Units() {
    }

    static boolean isKnown(String unit) {
        return DURATIONS.contains(unit) || CURRENCIES.contains(unit) || TIMES.equals(unit);
    }

    /** Calendar days in one unit; a business day counts as 7/5 of a day, a month as a twelfth of a year. */
    static double daysPer(String unit) {
        return switch (unit.toLowerCase(Locale.ROOT)) {
            case "hours" -> 1.0 / 24;
            case "business_days" -> 7.0 / 5;
            case "weeks" -> 7;
            case "months" -> 365.0 / 12;
            case "years" -> 365;
            default -> 1;
        };
    }

    /** "business_days" → "business days"; currencies and "times" as they are. */
    static String label(String unit) {
        return unit.replace('_', ' ');
    }
}
