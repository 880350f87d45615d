package io.clausewarden.playbook;

/**
 * How a number is written in a contract, so that a suggested value reads like the original:
 * "thirty (30)", "30", "thirty", "1,000,000", "500.000", "1m" or "2 million".
 *
 * @param separator  the thousands separator ("," or "."), empty when none was used
 * @param multiplier the scale of a suffix ("m" or " million" is 1,000,000), else 1
 * @param suffix     the scale suffix as written, including any space before it
 */
record NumberStyle(Form form, String separator, double multiplier, String suffix) {
    enum Form { DIGITS, WORDS, BOTH }

    static final NumberStyle WORDS = new NumberStyle(Form.WORDS, "", 1, "");
    static final NumberStyle BOTH = new NumberStyle(Form.BOTH, "", 1, "");

    static NumberStyle digits(String separator) {
        return new NumberStyle(Form.DIGITS, separator, 1, "");
    }

    /** {@code value} written in this style: 45 → "forty-five (45)" for BOTH. */
    String format(double value) {
        double n = value / multiplier;
        String digits = digits(n);
        boolean wordable = n == Math.rint(n) && n >= 0 && n < 100;
        String words = wordable ? NumberWords.toWords((int) n) : digits;
        String number = switch (form) {
            case DIGITS -> digits;
            case WORDS -> words;
            case BOTH -> wordable ? words + " (" + digits + ")" : digits;
        };
        return number + suffix;
    }

    private String digits(double n) {
        if (n != Math.rint(n)) {
            String decimal = separator.equals(".") ? "," : ".";
            return String.format(java.util.Locale.ROOT, "%.2f", n).replaceFirst("0+$", "").replace(".", decimal);
        }
        String plain = Long.toString((long) n);
        if (separator.isEmpty() || plain.length() <= 3) {
            return plain;
        }
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < plain.length(); i++) {
            if (i > 0 && (plain.length() - i) % 3 == 0) {
                grouped.append(separator);
            }
            grouped.append(plain.charAt(i));
        }
        return grouped.toString();
    }
}
