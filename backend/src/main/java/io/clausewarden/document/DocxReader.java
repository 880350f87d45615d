package io.clausewarden.document;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLStreamException;

/**
 * Reads body paragraphs and table cells of a .docx in document order, after {@link ZipPreScan}, with a
 * streaming XML reader: only one paragraph or content control is held at a time. Two passes over the main
 * document part: {@link RowLabels} finds the table rows labelled by their first cell, then this one
 * collects the clauses.
 */
final class DocxReader extends BodyWalker {
    private final ClauseCollector out;
    private final DocxNumbering numbering;
    private final WordText text;
    private static final int LARGE_HALF_POINTS = 28;
    private final Map<Integer, RowLabels.Label> labels;
    private final Set<Integer> sectionRows;
    private int paragraphIndex = -1;
    private final DocxLayout layout;

    private DocxReader(WordXml xml, DocumentLimits limits, DocxNumbering numbering, WordText text,
                       RowLabels.Scan rows) {
        super(xml);
        this.out = new ClauseCollector(limits);
        this.layout = new DocxLayout(out);
        this.numbering = numbering;
        this.text = text;
        this.labels = rows.labels();
        this.sectionRows = rows.sections();
    }

    static ParsedDocument read(byte[] bytes, DocumentLimits limits) {
        Set<String> names = ZipPreScan.check(bytes, limits);
        try (DocxPackage pkg = DocxPackage.open(bytes, names, limits)) {
            WordDefinitions definitions = WordDefinitions.read(pkg.related("styles"), pkg.related("numbering"), limits);
            WordText text = new WordText(Notes.read(pkg.related("footnotes"), pkg.related("endnotes"), limits));
            RowLabels.Scan rows;
            try (InputStream part = pkg.document(); WordXml xml = WordXml.open(part, limits)) {
                rows = RowLabels.scan(xml, text, limits);
            }
            try (InputStream part = pkg.document(); WordXml xml = WordXml.open(part, limits)) {
                DocxReader reader = new DocxReader(xml, limits, new DocxNumbering(definitions), text, rows);
                reader.walk();
                return reader.out.document(ParsedDocument.Format.DOCX);
            }
        } catch (DocumentRejectedException e) {
            throw e;
        } catch (IOException | XMLStreamException | IllegalStateException | IllegalArgumentException e) {
            throw new DocumentRejectedException("invalid_docx", "The file is not a readable Word document");
        }
    }

    @Override
    void contentControl() throws XMLStreamException {
        paragraphIndex++;
        String content = text.sdtText(xml.tree(), false);
        layout.contentControl(content, anchor(content));
    }

    @Override
    void paragraph() throws XMLStreamException {
        XNode paragraph = xml.tree();
        paragraphIndex++;
        String current = text.currentText(paragraph);
        if (current.isBlank() && isSectionBreakOnly(paragraph)) {
            return; // Word does not number an empty paragraph that only carries a section break
        }
        DocxNumbering.ListLevel list = numbering.listLevel(paragraph);
        String number = list == null ? null : numbering.next(list);
        if (current.isBlank()) {
            return;
        }
        boolean emphasised = Labels.isUpperCase(current) || isAllBold(paragraph) || numbering.isStyleBold(paragraph)
                || isLarge(paragraph);
        layout.paragraph(new DocxLayout.Paragraph(current, numbering.outlineLevel(paragraph), list != null,
                list == null ? 0 : list.ilvl(), number, numbering.isTitle(paragraph), emphasised), anchor(current));
    }

    @Override
    Object tableStarts() {
        layout.tableStarts();
        return null;
    }

    @Override
    void cell(int row, int index) throws XMLStreamException {
        RowLabels.Label label = index == 0 ? labels.get(row) : null;
        if (label == null) {
            if (index == 0 && sectionRows.contains(row)) {
                layout.sectionRowStarts();
            }
            blocks();
            layout.cellEnds();
            return;
        }
        xml.skip();
        paragraphIndex += label.paragraphs();
        layout.rowLabel(label.text());
    }

    @Override
    void rowEnds(int row, int cells, Object tableState) {
        layout.rowEnds();
    }

    @Override
    void tableEnds(Object tableState) {
        layout.tableEnds();
    }

    private static boolean isSectionBreakOnly(XNode paragraph) {
        return DocxNumbering.child(paragraph, "pPr", "sectPr") != null;
    }

    /** Text of 14 points or more throughout: a title or heading set by hand. */
    private static boolean isLarge(XNode paragraph) {
        List<XNode> runs = WordText.runs(paragraph, false);
        return !runs.isEmpty() && runs.stream()
                .filter(r -> !WordText.runText(r).isBlank())
                .allMatch(r -> halfPoints(r) >= LARGE_HALF_POINTS);
    }

    private static int halfPoints(XNode run) {
        XNode properties = run.child("rPr");
        String size = properties == null ? null : properties.childValue("sz");
        if (size == null || !size.matches("\\d{1,4}")) {
            return 0;
        }
        return Integer.parseInt(size);
    }

    private static boolean isAllBold(XNode paragraph) {
        List<XNode> runs = WordText.runs(paragraph, false);
        return !runs.isEmpty() && runs.stream()
                .filter(r -> !WordText.runText(r).isBlank())
                .allMatch(r -> WordText.onOff(r, "b"));
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
