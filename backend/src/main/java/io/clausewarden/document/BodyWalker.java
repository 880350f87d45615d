package io.clausewarden.document;

import javax.xml.stream.XMLStreamException;

/**
 * Walks the body of a main document part as POI's XWPF model sees it: body and cell content is paragraphs,
 * tables and content controls; a table is its w:tr rows, a row its w:tc cells. Anything else is passed over.
 * Subclasses read what they need at each paragraph, content control and cell.
 */
abstract class BodyWalker {
    protected final WordXml xml;
    private int rows = -1;

    BodyWalker(WordXml xml) {
        this.xml = xml;
    }

    final void walk() throws XMLStreamException {
        if (!xml.next() || !xml.is("document")) {
            return;
        }
        while (xml.next() && xml.isStart()) {
            if (xml.is("body")) {
                blocks();
            } else {
                xml.skip();
            }
        }
    }

    /** At a start tag: reads its child blocks up to its end tag. */
    final void blocks() throws XMLStreamException {
        while (xml.next() && xml.isStart()) {
            if (xml.is("p")) {
                paragraph();
            } else if (xml.is("tbl")) {
                table();
            } else if (xml.is("sdt")) {
                contentControl();
            } else {
                xml.skip();
            }
        }
    }

    private void table() throws XMLStreamException {
        Object state = tableStarts();
        while (xml.next() && xml.isStart()) {
            if (xml.is("tr")) {
                int row = ++rows;
                rowStarts(row);
                int cell = 0;
                while (xml.next() && xml.isStart()) {
                    if (xml.is("tc")) {
                        cell(row, cell++);
                    } else {
                        xml.skip();
                    }
                }
                rowEnds(row, cell, state);
            } else {
                xml.skip();
            }
        }
        tableEnds(state);
    }

    /** At a w:p start tag; must consume the paragraph. */
    abstract void paragraph() throws XMLStreamException;

    /** At a block-level w:sdt start tag; must consume it. */
    abstract void contentControl() throws XMLStreamException;

    /** At a w:tc start tag; must consume the cell. {@code row} counts every row of the document from 0. */
    void cell(int row, int index) throws XMLStreamException {
        blocks();
    }

    Object tableStarts() {
        return null;
    }

    void rowStarts(int row) {
    }

    void rowEnds(int row, int cells, Object tableState) {
    }

    void tableEnds(Object tableState) {
    }
}
