package io.clausewarden.document;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDecimalNumber;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;

/**
 * Computes the visible number label of paragraphs ("8.", "8.1", "(a)") by counting list levels in
 * document order, including numbering linked through paragraph styles. Best effort: level overrides
 * and restart rules other than "deeper levels restart" are ignored.
 */
final class DocxNumbering {
    /** A paragraph's list membership. */
    record ListLevel(BigInteger numId, int ilvl) {
    }

    private final XWPFDocument document;
    private final Map<BigInteger, int[]> counters = new HashMap<>();

    DocxNumbering(XWPFDocument document) {
        this.document = document;
    }

    ListLevel listLevel(XWPFParagraph paragraph) {
        if (paragraph.getNumID() != null) {
            BigInteger ilvl = paragraph.getNumIlvl();
            return new ListLevel(paragraph.getNumID(), ilvl == null ? 0 : ilvl.intValue());
        }
        XWPFStyles styles = document.getStyles();
        String styleId = paragraph.getStyleID();
        for (int guard = 0; styles != null && styleId != null && guard < 10; guard++) {
            XWPFStyle style = styles.getStyle(styleId);
            if (style == null) {
                break;
            }
            CTPPrGeneral ppr = style.getCTStyle().getPPr();
            CTNumPr numPr = ppr == null ? null : ppr.getNumPr();
            if (numPr != null && numPr.getNumId() != null) {
                CTDecimalNumber ilvl = numPr.getIlvl();
                return new ListLevel(numPr.getNumId().getVal(), ilvl == null ? 0 : ilvl.getVal().intValue());
            }
            styleId = basedOn(style);
        }
        return null;
    }

    /** Advances the counters for this paragraph's list level and returns its label, or null. */
    String next(ListLevel level) {
        CTLvl[] levels = levels(level.numId());
        if (levels == null || level.ilvl() >= levels.length || level.ilvl() < 0) {
            return null;
        }
        BigInteger abstractId = abstractId(level.numId());
        int[] count = counters.computeIfAbsent(abstractId, k -> new int[9]);
        int ilvl = Math.min(level.ilvl(), 8);
        count[ilvl] = count[ilvl] == 0 ? start(levels[ilvl]) : count[ilvl] + 1;
        for (int deeper = ilvl + 1; deeper < count.length; deeper++) {
            count[deeper] = 0;
        }
        CTLvl lvl = levels[ilvl];
        String format = lvl.getNumFmt() == null ? "decimal" : lvl.getNumFmt().getVal().toString();
        if ("bullet".equals(format) || "none".equals(format) || lvl.getLvlText() == null) {
            return null;
        }
        String label = lvl.getLvlText().getVal();
        for (int i = 0; i <= ilvl && i < levels.length; i++) {
            int value = count[i] == 0 ? start(levels[i]) : count[i];
            String fmt = levels[i].getNumFmt() == null ? "decimal" : levels[i].getNumFmt().getVal().toString();
            label = label.replace("%" + (i + 1), format(value, fmt));
        }
        label = label.strip().replaceAll("\\.$", "");
        return label.isEmpty() ? null : label;
    }

    private BigInteger abstractId(BigInteger numId) {
        XWPFNumbering numbering = document.getNumbering();
        XWPFNum num = numbering == null ? null : numbering.getNum(numId);
        return num == null || num.getCTNum().getAbstractNumId() == null ? numId : num.getCTNum().getAbstractNumId().getVal();
    }

    private CTLvl[] levels(BigInteger numId) {
        XWPFNumbering numbering = document.getNumbering();
        if (numbering == null) {
            return null;
        }
        XWPFAbstractNum abstractNum = numbering.getAbstractNum(abstractId(numId));
        return abstractNum == null ? null : abstractNum.getCTAbstractNum().getLvlArray();
    }

    private static int start(CTLvl lvl) {
        return lvl.getStart() == null ? 1 : lvl.getStart().getVal().intValue();
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
    int outlineLevel(XWPFParagraph paragraph) {
        CTPPr direct = paragraph.getCTP().getPPr();
        if (direct != null && direct.getOutlineLvl() != null) {
            return bodyTextAsZero(direct.getOutlineLvl().getVal().intValue() + 1);
        }
        XWPFStyles styles = document.getStyles();
        String styleId = paragraph.getStyleID();
        for (int guard = 0; styles != null && styleId != null && guard < 10; guard++) {
            XWPFStyle style = styles.getStyle(styleId);
            if (style == null) {
                break;
            }
            String name = style.getName() == null ? "" : style.getName().toLowerCase();
            if (name.matches("heading [1-9]")) {
                return Integer.parseInt(name.substring(8));
            }
            CTPPrGeneral ppr = style.getCTStyle().getPPr();
            if (ppr != null && ppr.getOutlineLvl() != null) {
                return bodyTextAsZero(ppr.getOutlineLvl().getVal().intValue() + 1);
            }
            styleId = basedOn(style);
        }
        if (paragraph.getStyleID() != null && paragraph.getStyleID().matches("(?i)heading[1-9]")) {
            return Integer.parseInt(paragraph.getStyleID().substring(7));
        }
        return 0;
    }

    /** Outline level 9 (stored value 9, here 10) means "body text". */
    private static int bodyTextAsZero(int level) {
        return level > 9 ? 0 : level;
    }

    private static String basedOn(XWPFStyle style) {
        return style.getCTStyle().getBasedOn() == null ? null : style.getCTStyle().getBasedOn().getVal();
    }
}
