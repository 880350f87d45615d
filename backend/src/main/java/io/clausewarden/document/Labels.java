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
            Pattern.compile("^(?:SECTION|Section|§)\\s*(\\d{1,3}(?:\\.\\d{1,3})*)\\.?(?:\\s+|$)(.*)$", Pattern.DOTALL);
    private static final Pattern DECIMAL =
            Pattern.compile("^(\\d{1,3}(?:\\.\\d{1,3})+)\\.?(?:\\s+|$)(.*)$|^(\\d{1,3})\\.(?:\\s+|$)(.*)$", Pattern.DOTALL);
    private static final Pattern PAREN =
            Pattern.compile("^\\(([a-z]{1,2}|[ivx]{1,5}|[A-Z]|\\d{1,2})\\)\\s+(.*)$", Pattern.DOTALL);
    private static final Pattern LETTER_DOT = Pattern.compile("^([a-zA-Z])\\.\\s+(.*)$", Pattern.DOTALL);
    private static final Pattern INLINE_LABEL =
            Pattern.compile("^([A-Z][^.:;!?\\n]{0,60}?)[.:]\\s+(?=\\S)");

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
        String t = text.strip();
        if (t.isEmpty() || t.length() > 100 || t.contains("\n")) {
            return false;
        }
        if (t.split("\\s+").length > 12 || t.matches(".*[,;]$")) {
            return false;
        }
        String body = t.replaceAll("[.:]$", "");
        if (body.matches(".*[.!?]\\s+\\S.*")) {
            return false;
        }
        return Character.isUpperCase(t.codePointAt(0)) || Character.isDigit(t.codePointAt(0)) || isUpperCase(t);
    }

    /** A title that is a heading rather than a short sentence: no final period unless it is in Title Case. */
    static boolean isHeading(String text) {
        String t = text.strip();
        return isTitle(t) && (!t.endsWith(".") || isTitleCase(t.substring(0, t.length() - 1)));
    }

    private static boolean isTitleCase(String text) {
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
