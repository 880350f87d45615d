package io.clausewarden.document;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Computes the visible number label of paragraphs ("8.", "8.1", "(a)") by counting list levels in
 * document order, including numbering linked through paragraph styles. Best effort: level overrides
 * and restart rules other than "deeper levels restart" are ignored.
 */
final class DocxNumbering {
    /** A paragraph's list membership. */
    record ListLevel(BigInteger numId, int ilvl) {
    }

    private final WordDefinitions definitions;
    private final Map<BigInteger, int[]> counters = new HashMap<>();

    DocxNumbering(WordDefinitions definitions) {
        this.definitions = definitions;
    }

    ListLevel listLevel(XNode paragraph) {
        XNode numPr = child(paragraph, "pPr", "numPr");
        XNode numId = numPr == null ? null : numPr.child("numId");
        if (numId != null && numId.attribute("val") != null) {
            String ilvl = numPr.childValue("ilvl");
            return new ListLevel(WordText.number(numId.attribute("val")), ilvl == null ? 0 : WordText.number(ilvl).intValue());
        }
        String styleId = styleId(paragraph);
        for (int guard = 0; definitions.hasStyles && styleId != null && guard < 10; guard++) {
            WordDefinitions.Style style = definitions.styles.get(styleId);
            if (style == null) {
                break;
            }
            if (style.hasList()) {
                return new ListLevel(style.numId(), style.ilvl());
            }
            styleId = style.basedOn();
        }
        return null;
    }

    /** Advances the counters for this paragraph's list level and returns its label, or null. */
    String next(ListLevel level) {
        List<WordDefinitions.Level> levels = levels(level.numId());
        if (levels == null || level.ilvl() >= levels.size() || level.ilvl() < 0) {
            return null;
        }
        BigInteger abstractId = abstractId(level.numId());
        int[] count = counters.computeIfAbsent(abstractId, k -> new int[9]);
        int ilvl = Math.min(level.ilvl(), 8);
        count[ilvl] = count[ilvl] == 0 ? start(levels.get(ilvl)) : count[ilvl] + 1;
        for (int deeper = ilvl + 1; deeper < count.length; deeper++) {
            count[deeper] = 0;
        }
        WordDefinitions.Level lvl = levels.get(ilvl);
        String format = lvl.numFmt() == null ? "decimal" : lvl.numFmt();
        if ("bullet".equals(format) || "none".equals(format) || lvl.lvlText() == null) {
            return null;
        }
        String label = lvl.lvlText();
        for (int i = 0; i <= ilvl && i < levels.size(); i++) {
            int value = count[i] == 0 ? start(levels.get(i)) : count[i];
            String fmt = levels.get(i).numFmt() == null ? "decimal" : levels.get(i).numFmt();
            label = label.replace("%" + (i + 1), format(value, fmt));
        }
        label = label.strip().replaceAll("\\.$", "");
        return label.isEmpty() ? null : label;
    }

    private BigInteger abstractId(BigInteger numId) {
        WordDefinitions.Num num = definitions.hasNumbering && numId != null ? definitions.nums.get(numId) : null;
        return num == null || !num.hasAbstract() ? numId : num.abstractId();
    }

    private List<WordDefinitions.Level> levels(BigInteger numId) {
        if (!definitions.hasNumbering) {
            return null;
        }
        BigInteger abstractId = abstractId(numId);
        return abstractId == null ? null : definitions.abstractNums.get(abstractId);
    }

    private static int start(WordDefinitions.Level lvl) {
        return lvl.start() == null ? 1 : lvl.start();
    }

    private static String format(int value, String numFmt) {
        return switch (numFmt) {
            case "lowerLetter" -> letters(value).toLowerCase();
            case "upperLetter" -> letters(value);
            case "lowerRoman" -> roman(value).toLowerCase();
            case "upperRoman" -> roman(value);
            default -> Integer.toString(value);
        };
    }

    private static String letters(int value) {
        int v = Math.max(1, value);
        char letter = (char) ('A' + (v - 1) % 26);
        return String.valueOf(letter).repeat((v - 1) / 26 + 1);
    }

    private static String roman(int value) {
        int[] numbers = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] symbols = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder out = new StringBuilder();
        int v = Math.max(1, value);
        for (int i = 0; i < numbers.length; i++) {
            while (v >= numbers[i]) {
                out.append(symbols[i]);
                v -= numbers[i];
            }
        }
        return out.toString();
    }

    /** Outline level 1..9 from the paragraph or its style chain, 0 when none. */
    int outlineLevel(XNode paragraph) {
        XNode direct = child(paragraph, "pPr", "outlineLvl");
        if (direct != null && direct.attribute("val") != null) {
            return bodyTextAsZero(WordText.number(direct.attribute("val")).intValue() + 1);
        }
        String styleId = styleId(paragraph);
        for (int guard = 0; definitions.hasStyles && styleId != null && guard < 10; guard++) {
            WordDefinitions.Style style = definitions.styles.get(styleId);
            if (style == null) {
                break;
            }
            String name = style.name() == null ? "" : style.name().toLowerCase();
            if (name.matches("heading [1-9]")) {
                return Integer.parseInt(name.substring(8));
            }
            if (style.outlineLevel() != null) {
                return bodyTextAsZero(style.outlineLevel() + 1);
            }
            styleId = style.basedOn();
        }
        String own = styleId(paragraph);
        if (own != null && own.matches("(?i)heading[1-9]")) {
            return Integer.parseInt(own.substring(7));
        }
        return 0;
    }

    /** Whether the paragraph's style is, or is based on, Word's Title or Subtitle. */
    boolean isTitle(XNode paragraph) {
        String styleId = styleId(paragraph);
        for (int guard = 0; styleId != null && guard < 10; guard++) {
            WordDefinitions.Style style = definitions.hasStyles ? definitions.styles.get(styleId) : null;
            String name = style == null || style.name() == null ? styleId : style.name();
            if (name.equalsIgnoreCase("title") || name.equalsIgnoreCase("subtitle")) {
                return true;
            }
            styleId = style == null ? null : style.basedOn();
        }
        return false;
    }

    /** Whether the paragraph's style (or one it is based on) makes its text bold. */
    boolean isStyleBold(XNode paragraph) {
        String styleId = styleId(paragraph);
        for (int guard = 0; definitions.hasStyles && styleId != null && guard < 10; guard++) {
            WordDefinitions.Style style = definitions.styles.get(styleId);
            if (style == null) {
                return false;
            }
            if (style.bold() != null) {
                return style.bold();
            }
            styleId = style.basedOn();
        }
        return false;
    }

    /** Outline level 9 (stored value 9, here 10) means "body text". */
    private static int bodyTextAsZero(int level) {
        return level > 9 ? 0 : level;
    }

    static String styleId(XNode paragraph) {
        XNode style = child(paragraph, "pPr", "pStyle");
        return style == null ? null : style.attribute("val");
    }

    /** The first {@code w:<first>} child, then its first {@code w:<second>} child; null when either is absent. */
    static XNode child(XNode node, String first, String second) {
        XNode a = node.child(first);
        return a == null ? null : a.child(second);
    }
}
