package io.clausewarden.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.xmlbeans.XmlCursor;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.IRunElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/** Reads body paragraphs and table cells of a .docx in document order, after {@link ZipPreScan}. */
final class DocxReader {
    private final ClauseCollector out;
    private final DocxNumbering numbering;
    private int paragraphIndex = -1;
    private int headingDepth;
    private boolean inTable;

    private DocxReader(XWPFDocument document, DocumentLimits limits) {
        this.out = new ClauseCollector(limits);
        this.numbering = new DocxNumbering(document);
    }

    static List<Clause> read(byte[] bytes, DocumentLimits limits) {
        ZipPreScan.check(bytes, limits);
        applyPoiLimits(limits);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            DocxReader reader = new DocxReader(document, limits);
            reader.elements(document.getBodyElements());
            return reader.out.clauses();
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
                out.clause(out.depth() + 1, null, null, text, anchor(text));
            }
        }
    }

    private void paragraph(XWPFParagraph paragraph) {
        paragraphIndex++;
        String text = currentText(paragraph);
        if (text.isBlank() && isSectionBreakOnly(paragraph)) {
            return; // Word does not number an empty paragraph that only carries a section break
        }
        DocxNumbering.ListLevel list = numbering.listLevel(paragraph);
        String number = list == null ? null : numbering.next(list);
        if (text.isBlank()) {
            return;
        }
        int outline = numbering.outlineLevel(paragraph);
        int depth;
        if (outline > 0) {
            depth = outline;
            headingDepth = outline;
        } else if (list != null) {
            depth = headingDepth + list.ilvl() + 1;
        } else {
            depth = out.depth() + 1;
        }
        boolean structural = outline > 0 || number != null;
        boolean looksLikeHeading = !inTable && (structural || Labels.isUpperCase(text) || isAllBold(paragraph));
        if (looksLikeHeading && Labels.isHeading(text)) {
            out.heading(depth, number, text);
        } else if (structural) {
            out.clause(depth, number, Labels.inlineLabel(text), text, anchor(text));
        } else {
            out.clause(depth, null, null, text, anchor(text));
        }
    }

    /** Table cells become clauses; a short first cell labels the other cells of its row. */
    private void table(XWPFTable table) {
        boolean outerTable = inTable;
        inTable = true;
        int depth = out.depth() + 1;
        for (XWPFTableRow row : table.getRows()) {
            List<XWPFTableCell> cells = row.getTableCells();
            for (int c = 0; c < cells.size(); c++) {
                XWPFTableCell cell = cells.get(c);
                String label = c == 0 && cells.size() > 1 ? rowLabel(cell) : null;
                if (label != null) {
                    paragraphIndex += cell.getParagraphs().size();
                    out.heading(depth, null, label);
                } else {
                    elements(cell.getBodyElements());
                }
            }
            out.popTo(depth);
        }
        inTable = outerTable;
    }

    private static String rowLabel(XWPFTableCell cell) {
        if (!cell.getTables().isEmpty()) {
            return null;
        }
        return cell.getParagraphs().stream().map(DocxReader::currentText).filter(t -> !t.isBlank())
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

    private String anchor(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.strip().getBytes(StandardCharsets.UTF_8));
            return paragraphIndex + ":" + HexFormat.of().formatHex(hash).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
