package io.clausewarden.playbook;

/** Compares a quantity with a minimum and/or maximum in a unit and words the result. */
final class Threshold {
    private static final double EPSILON = 1e-6;

    private Threshold() {
    }

    static void validate(String unit, Double min, Double max) {
        if (unit == null || !Units.isKnown(unit)) {
            throw new IllegalArgumentException("unit: must be one of hours, days, business_days, weeks, months, years, "
                    + String.join(", ", new java.util.TreeSet<>(Units.CURRENCIES)) + " or times");
        }
        if (min == null && max == null) {
            throw new IllegalArgumentException("min: min or max is required");
        }
        if (min != null && max != null && min > max) {
            throw new IllegalArgumentException("min: must not be greater than max");
        }
    }

    static boolean comparable(String unit, Quantities.Quantity q) {
        return switch (q.kind()) {
            case DURATION -> Units.DURATIONS.contains(unit);
            case MONEY -> unit.equals(q.unit());
            case MULTIPLE -> unit.equals(Units.TIMES);
        };
    }

    /** The quantity in {@code unit}. */
    static double inUnit(Quantities.Quantity q, String unit) {
        return q.kind() == Quantities.Kind.DURATION ? q.value() / Units.daysPer(unit) : q.value();
    }

    static CheckResult judge(String text, Quantities.Quantity q, String unit, Double min, Double max, String subject) {
        double value = inUnit(q, unit);
        String written = text.substring(q.start(), q.end());
        if (min != null && value < min - EPSILON) {
            return CheckResult.deviation(subject + " is " + written + ", below the minimum of " + format(min, unit) + ".",
                    q.numberStart(), q.numberEnd(), q.rewrite(text, ownAmount(q, unit, min, true)));
        }
        if (max != null && value > max + EPSILON) {
            return CheckResult.deviation(subject + " is " + written + ", above the maximum of " + format(max, unit) + ".",
                    q.numberStart(), q.numberEnd(), q.rewrite(text, ownAmount(q, unit, max, false)));
        }
        return CheckResult.compliant(subject + " is " + written + ", which meets the playbook's " + bounds(unit, min, max) + ".",
                q.start(), q.end());
    }

    /** The wanted value expressed in the quantity's own unit, rounded towards compliance. */
    private static double ownAmount(Quantities.Quantity q, String unit, double wanted, boolean isMin) {
        if (q.kind() != Quantities.Kind.DURATION) {
            return wanted;
        }
        double own = wanted * Units.daysPer(unit) / Units.daysPer(q.unit());
        return isMin ? Math.ceil(own - EPSILON) : Math.floor(own + EPSILON);
    }

    static String format(double value, String unit) {
        String number = value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
        return Units.CURRENCIES.contains(unit) ? unit + " " + number : number + " " + Units.label(unit);
    }

    static String bounds(String unit, Double min, Double max) {
        if (min != null && max != null) {
            return "between " + format(min, unit) + " and " + format(max, unit);
        }
        return min != null ? "at least " + format(min, unit) : "at most " + format(max, unit);
    }
}
