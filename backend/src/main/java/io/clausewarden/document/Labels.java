package io.clausewarden.document;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Recognises clause numbers ("1.", "1.1", "(a)", "Section 5.", "ARTICLE IV"), titles and inline labels. */
final class Labels {
    private Labels() {
    }

    /** A leading number: its label, depth (0 = relative to the enclosing clause) and the text after it. */
    record Numbered(String numbering, int depth, String rest) {
    }

    private static final Pattern ARTICLE =
            Pattern.compile("^(ARTICLE|Article)\\s+([IVXLC]+|\\d{1,3})\\b\\s*[.:\\-–—]?\\s*(.*)$", Pattern.DOTALL);
    private static final Pattern SECTION =
            Pattern.compile("^(?:SECTION|Section|§)\\s*(\\d{1,3}(?:\\.\\d{1,3})*)\\.?(?:\\s*[:\\-–—]\\s*|\\s+|$)(.*)$",
                    Pattern.DOTALL);
    private static final Pattern DECIMAL =
            Pattern.compile("^(\\d{1,3}(?:\\.\\d{1,3})+)\\.?(?:\\s+|$)(.*)$|^(\\d{1,3})\\.(?:\\s+|$)(.*)$", Pattern.DOTALL);
    private static final Pattern PAREN =
            Pattern.compile("^\\(([a-z]{1,2}|[ivx]{1,5}|[A-Z]|\\d{1,2})\\)\\s+(.*)$", Pattern.DOTALL);
    private static final Pattern LETTER_DOT = Pattern.compile("^([a-zA-Z])\\.\\s+(.*)$", Pattern.DOTALL);
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern CHECKBOX = Pattern.compile("[\\[(][ \\txX✓✔]*[\\])]|[☐☒☑]");
    private static final Pattern INLINE_LABEL =
            Pattern.compile("^([A-Z][^.:!?\\n]{0,60}?)[.:]\\s+(?=\\S)");

    static Numbered numbered(String text) {
        Matcher m = ARTICLE.matcher(text);
        if (m.matches()) {
            return new Numbered(m.group(1) + " " + m.group(2), 1, m.group(3));
        }
        m = SECTION.matcher(text);
        if (m.matches()) {
            return new Numbered(m.group(1), components(m.group(1)), m.group(2));
        }
        m = DECIMAL.matcher(text);
        if (m.matches()) {
            String number = m.group(1) != null ? m.group(1) : m.group(3);
            String rest = m.group(1) != null ? m.group(2) : m.group(4);
            return new Numbered(number, components(number), rest);
        }
        m = PAREN.matcher(text);
        if (m.matches()) {
            return new Numbered("(" + m.group(1) + ")", 0, m.group(2));
        }
        m = LETTER_DOT.matcher(text);
        if (m.matches()) {
            return new Numbered(m.group(1) + ".", 0, m.group(2));
        }
        return null;
    }

    /** A short title line: at most one sentence, a dozen words, no trailing comma or semicolon. */
    static boolean isTitle(String text) {
        if (text.length() > 1000) {
            return false;
        }
        String t = Placeholders.withoutConditions(text).strip();
        if (t.isEmpty() || t.length() > 100 || t.contains("\n")) {
            return false;
        }
        if (t.split("\\s+").length > 12 || t.matches(".*[,;]$")) {
            return false;
        }
        if (CHECKBOX.matcher(t).lookingAt()) {
            return false; // "[ ] ISO 27001": an option to tick
        }
        String body = t.replaceAll("[.:]$", "");
        if (body.matches(".*[.!?]\\s+\\S.*")) {
            return false;
        }
        return Character.isUpperCase(t.codePointAt(0)) || Character.isDigit(t.codePointAt(0)) || isUpperCase(t);
    }

    /** A title that is a heading rather than a short sentence: no final period unless it is in Title Case. */
    static boolean isHeading(String text) {
        if (text.length() > 1000) {
            return false;
        }
        String t = Placeholders.withoutConditions(text).strip();
        if (!isTitle(t) || (t.endsWith(".") && !isTitleCase(t.substring(0, t.length() - 1)))) {
            return false;
        }
        String core = t.replaceAll("[.:]$", "");
        return isTitleCase(core) || isUpperCase(core)
                || (!t.endsWith(":") && core.indexOf(',') < 0 && core.split("\\s+").length <= 6);
    }

    /**
     * A paragraph Word styles as a heading (or gives an outline level) is its section's heading when it reads as a
     * heading, or as a title without a final period ("Representations, warranties and covenants of the supplier");
     * a sentence ("Customer will pay…." in a Heading 3 that numbers it) is a clause.
     */
    static boolean isStyledHeading(String text) {
        if (text.length() > 1000) {
            return false;
        }
        String t = Placeholders.withoutConditions(text).strip();
        return isHeading(t) || (isTitle(t) && !t.endsWith(".") && !t.endsWith(":"));
    }

    /** A heading broken over lines ("Cover Page", line break, "for Bonterms Mutual NDA") read as one line. */
    static String oneLine(String text) {
        return text.length() > 1000 ? text : WHITESPACE.matcher(text).replaceAll(" ").strip();
    }

    /**
     * A heading written with spaced letters read as words: "W I T N E S S E T H" gives "WITNESSETH", "A R T I C L E
     * I" (words two spaces apart) "ARTICLE I". Anything else is returned as it is.
     */
    static String despaced(String text) {
        String t = text.strip();
        if (t.length() < 5 || t.length() > 200) {
            return text;
        }
        StringBuilder out = new StringBuilder(t.length());
        int letters = 0;
        int i = 0;
        while (i < t.length()) {
            char c = t.charAt(i);
            if (!Character.isLetter(c)) {
                return i > 0 && t.substring(i).matches("[.:,]{1,2}") ? out.append(t.substring(i)).toString() : text;
            }
            out.append(c);
            letters++;
            i++;
            int spaces = 0;
            while (i < t.length() && t.charAt(i) == ' ') {
                spaces++;
                i++;
            }
            if (i < t.length() && spaces == 0 && Character.isLetter(t.charAt(i))) {
                return text; // two letters together: an ordinary word
            }
            if (spaces >= 2) {
                out.append(' ');
            }
        }
        return letters >= 3 ? out.toString() : text;
    }

    static boolean isTitleCase(String text) {
        for (String word : text.split("\\s+")) {
            String w = word.replaceAll("^[\"“(]+", "");
            if (w.length() > 3 && Character.isLowerCase(w.charAt(0))) {
                return false;
            }
        }
        return true;
    }

    static boolean isUpperCase(String text) {
        boolean letters = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters = true;
                if (Character.isLowerCase(c)) {
                    return false;
                }
            }
        }
        return letters;
    }

    /** "Liability Caps. Each party..." gives "Liability Caps": a short Title Case or UPPER CASE lead phrase. */
    static String inlineLabel(String text) {
        Matcher m = INLINE_LABEL.matcher(text.strip());
        if (!m.find()) {
            return null;
        }
        String label = m.group(1).strip();
        return label.split("\\s+").length <= 8 && isTitleCase(label) ? label : null;
    }

    private static int components(String number) {
        return number.split("\\.").length;
    }
}
