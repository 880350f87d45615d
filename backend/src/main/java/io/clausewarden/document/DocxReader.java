package io.clausewarden.document;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.Deque;
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
    private final Map<Integer, RowLabels.Label> labels;
    private int paragraphIndex = -1;
    private int headingDepth;
    private boolean inTable;
    private final Deque<TableState> tables = new ArrayDeque<>();

    private DocxReader(WordXml xml, DocumentLimits limits, DocxNumbering numbering, WordText text,
                       Map<Integer, RowLabels.Label> labels) {
        super(xml);
        this.out = new ClauseCollector(limits);
        this.numbering = numbering;
        this.text = text;
        this.labels = labels;
    }

    static List<Clause> read(byte[] bytes, DocumentLimits limits) {
        Set<String> names = ZipPreScan.check(bytes, limits);
        try (DocxPackage pkg = DocxPackage.open(bytes, names, limits)) {
            WordDefinitions definitions = WordDefinitions.read(pkg.related("styles"), pkg.related("numbering"), limits);
            WordText text = new WordText(Notes.read(pkg.related("footnotes"), pkg.related("endnotes"), limits));
            Map<Integer, RowLabels.Label> labels;
            try (InputStream part = pkg.document(); WordXml xml = WordXml.open(part, limits)) {
                labels = RowLabels.scan(xml, text, limits);
            }
            try (InputStream part = pkg.document(); WordXml xml = WordXml.open(part, limits)) {
                DocxReader reader = new DocxReader(xml, limits, new DocxNumbering(definitions), text, labels);
                reader.walk();
                return reader.out.clauses();
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
        out.clause(out.depth() + 1, null, null, content, anchor(content));
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
        boolean looksLikeHeading = !inTable && (structural || Labels.isUpperCase(current) || isAllBold(paragraph));
        if (looksLikeHeading && Labels.isHeading(current)) {
            out.heading(depth, number, current);
        } else if (structural) {
            out.clause(depth, number, Labels.inlineLabel(current), current, anchor(current));
        } else {
            out.clause(depth, null, null, current, anchor(current));
        }
    }

    /** Table cells become clauses; a short first cell labels the other cells of its row. */
    private record TableState(boolean outerTable, int depth) {
    }

    @Override
    Object tableStarts() {
        TableState state = new TableState(inTable, out.depth() + 1);
        inTable = true;
        tables.push(state);
        return state;
    }

    @Override
    void cell(int row, int index) throws XMLStreamException {
        RowLabels.Label label = index == 0 ? labels.get(row) : null;
        if (label == null) {
            blocks();
            return;
        }
        xml.skip();
        paragraphIndex += label.paragraphs();
        out.heading(tables.peek().depth(), null, label.text());
    }

    @Override
    void rowEnds(int row, int cells, Object tableState) {
        out.popTo(((TableState) tableState).depth());
    }

    @Override
    void tableEnds(Object tableState) {
        inTable = ((TableState) tableState).outerTable();
        tables.pop();
    }

    private static boolean isSectionBreakOnly(XNode paragraph) {
        return DocxNumbering.child(paragraph, "pPr", "sectPr") != null;
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
