package io.clausewarden.document;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.Map;
import javax.xml.stream.XMLStreamException;

/**
 * First pass over the body: which table rows are labelled by a short first cell. A row is, when it has more
 * than one cell and its first cell holds no table and its first non-blank paragraph is a title. The second
 * pass needs this when it reaches the first cell, before the rest of the row has been read.
 */
final class RowLabels extends BodyWalker {
    /** A labelled row: the label, and how many paragraphs its first cell has (they keep their indexes). */
    record Label(String text, int paragraphs) {
    }

    /** What the pass found: the labelled rows, and the one-cell rows that open with a title (table sections). */
    record Scan(Map<Integer, Label> labels, Set<Integer> sections) {
    }

    /** What the pass notes about the cell whose direct content it is reading. */
    private static final class Cell {
        final boolean first;
        boolean table;
        int paragraphs;
        String firstText;

        Cell(boolean first) {
            this.first = first;
        }
    }

    private final WordText text;
    private final DocumentLimits limits;
    private final Map<Integer, Label> labels = new HashMap<>();
    private final Set<Integer> sections = new HashSet<>();
    private final Deque<Cell> cells = new ArrayDeque<>();
    private final Map<Integer, Cell> firstCells = new HashMap<>();
    private long labelChars;

    private RowLabels(WordXml xml, WordText text, DocumentLimits limits) {
        super(xml);
        this.text = text;
        this.limits = limits;
    }

    static Scan scan(WordXml xml, WordText text, DocumentLimits limits) throws XMLStreamException {
        RowLabels scan = new RowLabels(xml, text, limits);
        scan.walk();
        return new Scan(scan.labels, scan.sections);
    }

    @Override
    void cell(int row, int index) throws XMLStreamException {
        Cell cell = new Cell(index == 0);
        cells.push(cell);
        blocks();
        cells.pop();
        if (cell.first) {
            firstCells.put(row, cell);
        }
    }

    @Override
    void paragraph() throws XMLStreamException {
        Cell cell = cells.peek();
        if (cell == null || !cell.first) {
            xml.skip();
            return;
        }
        cell.paragraphs++;
        if (cell.firstText == null) {
            String t = text.currentText(xml.tree());
            if (!t.isBlank()) {
                cell.firstText = t;
            }
        } else {
            xml.skip();
        }
    }

    @Override
    void contentControl() throws XMLStreamException {
        xml.skip();
    }

    @Override
    Object tableStarts() {
        Cell cell = cells.peek();
        if (cell != null && cell.first) {
            cell.table = true;
        }
        return null;
    }

    @Override
    void rowEnds(int row, int count, Object tableState) {
        Cell first = firstCells.remove(row);
        if (count == 1 && first != null && first.firstText != null && Labels.isTitle(Labels.despaced(Labels.oneLine(first.firstText)))) {
            sections.add(row);
        }
        if (count > 1 && first != null && !first.table && first.firstText != null && Labels.isTitle(first.firstText)) {
            labelChars += first.firstText.length();
            if (labelChars > limits.maxTextChars()) {
                throw new DocumentRejectedException("too_much_text", "More than " + limits.maxTextChars()
                        + " characters of text, " + DocumentLimits.named("max-text-chars", limits.maxTextChars()));
            }
            labels.put(row, new Label(first.firstText.strip(), first.paragraphs));
        }
    }
}
