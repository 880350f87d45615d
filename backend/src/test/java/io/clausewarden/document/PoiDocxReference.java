package io.clausewarden.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.xml.namespace.QName;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.IRunElement;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDecimalNumber;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;

/**
 * The reader as it was when documents were parsed into POI's XWPF DOM: the oracle that the streaming
 * reader must agree with, clause for clause. Test code only; it holds a whole document in memory.
 */
final class PoiDocxReference {
    private static final String W = "declare namespace w='http://schemas.openxmlformats.org/wordprocessingml/2006/main' ";
    private final ClauseCollector out;
    private final DocxLayout layout;
    private final Numbering numbering;
    private int paragraphIndex = -1;

    private PoiDocxReference(XWPFDocument document, DocumentLimits limits) {
        this.out = new ClauseCollector(limits);
        this.layout = new DocxLayout(out);
        this.numbering = new Numbering(document);
    }

    static List<Clause> read(byte[] bytes, DocumentLimits limits) {
        return readDocument(bytes, limits).clauses();
    }

    static ParsedDocument readDocument(byte[] bytes, DocumentLimits limits) {
        ZipPreScan.check(bytes, limits);
        applyPoiLimits(limits);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            PoiDocxReference reader = new PoiDocxReference(document, limits);
            reader.elements(document.getBodyElements());
            return reader.out.document(ParsedDocument.Format.DOCX);
        } catch (DocumentRejectedException e) {
            throw e;
        } catch (IOException | POIXMLException | OpenXML4JRuntimeException | IllegalStateException
                 | IllegalArgumentException e) {
            String message = String.valueOf(e.getMessage());
            if (message.contains("Zip bomb")) {
                throw new DocumentRejectedException("zip_bomb", "Refused as a possible zip bomb");
            }
            throw new DocumentRejectedException("invalid_docx", "The file is not a readable Word document");
        }
    }

    /** ZipSecureFile settings are JVM-wide; they are only ever tightened here, never loosened. */
    private static synchronized void applyPoiLimits(DocumentLimits limits) {
        if (ZipSecureFile.getMinInflateRatio() < limits.minInflateRatio()) {
            ZipSecureFile.setMinInflateRatio(limits.minInflateRatio());
        }
        if (ZipSecureFile.getMaxEntrySize() > limits.maxTotalUncompressed()) {
            ZipSecureFile.setMaxEntrySize(limits.maxTotalUncompressed());
        }
    }

    private void elements(List<IBodyElement> elements) {
        for (IBodyElement element : elements) {
            if (element instanceof XWPFParagraph paragraph) {
                paragraph(paragraph);
            } else if (element instanceof XWPFTable table) {
                table(table);
            } else if (element instanceof XWPFSDT sdt) {
                paragraphIndex++;
                String text = sdt.getContent().getText();
                layout.contentControl(text, anchor(text));
            }
        }
    }

    private void paragraph(XWPFParagraph paragraph) {
        paragraphIndex++;
        String text = currentText(paragraph);
        if (text.isBlank() && isSectionBreakOnly(paragraph)) {
            return; // Word does not number an empty paragraph that only carries a section break
        }
        Numbering.ListLevel list = numbering.listLevel(paragraph);
        String number = list == null ? null : numbering.next(list);
        if (text.isBlank()) {
            return;
        }
        boolean emphasised = Labels.isUpperCase(text) || isAllBold(paragraph) || numbering.isStyleBold(paragraph)
                || isLarge(paragraph);
        layout.paragraph(new DocxLayout.Paragraph(text, numbering.outlineLevel(paragraph), list != null,
                list == null ? 0 : list.ilvl(), number, numbering.isTitle(paragraph), emphasised), anchor(text));
    }

    /** Table cells become clauses; a short first cell labels the other cells of its row. */
    private void table(XWPFTable table) {
        layout.tableStarts();
        for (XWPFTableRow row : table.getRows()) {
            List<XWPFTableCell> cells = row.getTableCells();
            for (int c = 0; c < cells.size(); c++) {
                XWPFTableCell cell = cells.get(c);
                String label = c == 0 && cells.size() > 1 ? rowLabel(cell) : null;
                if (label != null) {
                    paragraphIndex += cell.getParagraphs().size();
                    layout.rowLabel(label);
                } else {
                    if (c == 0 && cells.size() == 1 && opensWithTitle(cell)) {
                        layout.sectionRowStarts();
                    }
                    elements(cell.getBodyElements());
                    layout.cellEnds();
                }
            }
            layout.rowEnds();
        }
        layout.tableEnds();
    }

    private static boolean opensWithTitle(XWPFTableCell cell) {
        return cell.getParagraphs().stream().map(PoiDocxReference::currentText).filter(t -> !t.isBlank())
                .findFirst().map(t -> Labels.despaced(Labels.oneLine(t))).filter(Labels::isTitle).isPresent();
    }

    private static String rowLabel(XWPFTableCell cell) {
        if (!cell.getTables().isEmpty()) {
            return null;
        }
        return cell.getParagraphs().stream().map(PoiDocxReference::currentText).filter(t -> !t.isBlank())
                .findFirst().filter(Labels::isTitle).map(String::strip).orElse(null);
    }

    /**
     * The text Word shows with tracked changes accepted: inserted text counts, deleted and moved-away text
     * does not. POI's {@link XWPFParagraph#getText()} leaves out only runs holding w:delText, so it would count
     * a w:moveFrom or a deleted run written with w:t; otherwise this is the same text.
     */
    static String currentText(XWPFParagraph paragraph) {
        StringBuilder out = new StringBuilder();
        for (IRunElement run : paragraph.getIRuns()) {
            if (run instanceof XWPFRun xRun) {
                if (xRun.getCTR().getDelTextArray().length == 0 && !isRemoved(xRun)) {
                    out.append(xRun);
                }
            } else if (run instanceof XWPFSDT sdt) {
                out.append(sdt.getContent().getText());
            } else {
                out.append(run);
            }
        }
        return out.append(paragraph.getFootnoteText()).toString();
    }

    /** Whether the run sits inside a w:del or w:moveFrom of its paragraph. */
    private static boolean isRemoved(XWPFRun run) {
        try (XmlCursor cursor = run.getCTR().newCursor()) {
            while (cursor.toParent()) {
                String name = cursor.getName() == null ? "" : cursor.getName().getLocalPart();
                if (name.equals("del") || name.equals("moveFrom")) {
                    return true;
                }
                if (name.equals("p")) {
                    return false;
                }
            }
            return false;
        }
    }

    private static boolean isSectionBreakOnly(XWPFParagraph paragraph) {
        return paragraph.getCTP().getPPr() != null && paragraph.getCTP().getPPr().getSectPr() != null;
    }

    private boolean isAllBold(XWPFParagraph paragraph) {
        return !paragraph.getRuns().isEmpty() && paragraph.getRuns().stream()
                .filter(r -> r.text() != null && !r.text().isBlank())
                .allMatch(r -> r.isBold());
    }

    /** Every run with text is 14 points or more. */
    private static boolean isLarge(XWPFParagraph paragraph) {
        return !paragraph.getRuns().isEmpty() && paragraph.getRuns().stream()
                .filter(r -> r.text() != null && !r.text().isBlank())
                .allMatch(r -> halfPoints(r) >= 28);
    }

    private static int halfPoints(XWPFRun run) {
        try (XmlCursor cursor = run.getCTR().newCursor()) {
            cursor.selectPath(W + "./w:rPr/w:sz");
            if (!cursor.toNextSelection()) {
                return 0;
            }
            String value = cursor.getAttributeText(new QName(WordXml.W, "val"));
            return value != null && value.matches("\\d{1,4}") ? Integer.parseInt(value) : 0;
        }
    }

    private String anchor(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.strip().getBytes(StandardCharsets.UTF_8));
            return paragraphIndex + ":" + HexFormat.of().formatHex(hash).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static final class Numbering {
        /** A paragraph's list membership. */
        record ListLevel(BigInteger numId, int ilvl) {
        }

        private final XWPFDocument document;
        private final Map<BigInteger, int[]> counters = new HashMap<>();

        Numbering(XWPFDocument document) {
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

        /** Whether the paragraph's style is, or is based on, Title or Subtitle. */
        boolean isTitle(XWPFParagraph paragraph) {
            XWPFStyles styles = document.getStyles();
            String styleId = paragraph.getStyleID();
            for (int guard = 0; styleId != null && guard < 10; guard++) {
                XWPFStyle style = styles == null ? null : styles.getStyle(styleId);
                String name = style == null || style.getName() == null ? styleId : style.getName();
                if (name.equalsIgnoreCase("title") || name.equalsIgnoreCase("subtitle")) {
                    return true;
                }
                styleId = style == null ? null : basedOn(style);
            }
            return false;
        }

        /** Whether the paragraph's style chain sets bold, and to what. */
        boolean isStyleBold(XWPFParagraph paragraph) {
            XWPFStyles styles = document.getStyles();
            String styleId = paragraph.getStyleID();
            for (int guard = 0; styles != null && styleId != null && guard < 10; guard++) {
                XWPFStyle style = styles.getStyle(styleId);
                if (style == null) {
                    return false;
                }
                try (XmlCursor cursor = style.getCTStyle().newCursor()) {
                    cursor.selectPath(W + "./w:rPr/w:b");
                    if (cursor.toNextSelection()) {
                        String value = cursor.getAttributeText(new QName(WordXml.W, "val"));
                        return value == null || WordText.isOn(value);
                    }
                }
                styleId = basedOn(style);
            }
            return false;
        }

        /** Outline level 9 (stored value 9, here 10) means "body text". */
        private static int bodyTextAsZero(int level) {
            return level > 9 ? 0 : level;
        }

        private static String basedOn(XWPFStyle style) {
            return style.getCTStyle().getBasedOn() == null ? null : style.getCTStyle().getBasedOn().getVal();
        }
    }
}
