package io.clausewarden.document;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Where each paragraph of a .docx goes, from what its reader found out about it: the document's title, a heading
 * at its outline or list level, a table section's title, or a clause. Shared by the streaming reader and the POI
 * reader its specs compare it with, so both lay a document out alike.
 *
 * <ul>
 *   <li>Title and Subtitle styles: the title heads the preamble, never a section.</li>
 *   <li>Outline levels (Heading 1–9, styles based on them, {@code w:outlineLvl}) set the level; a styled paragraph
 *       that reads as a sentence, or sits in a table, is a clause at that level.</li>
 *   <li>Emphasised short paragraphs (bold, UPPER CASE, 14 pt or more) head what follows, one level below the last
 *       outline heading; above the first clause they are the title.</li>
 *   <li>In a table, a one-cell row opening with an emphasised title heads the rows below it; a row whose first cell
 *       is a short title is labelled by it.</li>
 * </ul>
 */
final class DocxLayout {
    /**
     * @param text       the paragraph's text as Word shows it
     * @param outline    outline level 1..9, 0 for body text
     * @param listed     whether it is in a list (numbered or not)
     * @param ilvl       its list level
     * @param number     its visible list number, or null
     * @param title      whether its style is (based on) Title or Subtitle
     * @param emphasised bold, UPPER CASE or large throughout
     */
    record Paragraph(String text, int outline, boolean listed, int ilvl, String number, boolean title,
                     boolean emphasised) {
    }

    private static final class Table {
        final int depth;
        /** A one-cell row's title heads the rows below it, until the next such row. */
        boolean section;
        boolean titlePending;

        Table(int depth) {
            this.depth = depth;
        }

        int rowDepth() {
            return section ? depth + 1 : depth;
        }
    }

    private final ClauseCollector out;
    private final Deque<Table> tables = new ArrayDeque<>();
    private int headingDepth;

    DocxLayout(ClauseCollector out) {
        this.out = out;
    }

    void paragraph(Paragraph p, String anchor) {
        String current = p.text();
        Table table = tables.peek();
        boolean inTable = table != null;
        boolean sectionTitle = inTable && table.titlePending;
        if (sectionTitle) {
            table.titlePending = false;
        }
        String title = Labels.despaced(Labels.oneLine(current));
        if (!inTable && p.title()) {
            out.title(title);
            return;
        }
        int outline = p.outline();
        if (outline > 0) {
            headingDepth = outline;
            if (!inTable && Labels.isStyledHeading(title)) {
                out.heading(outline, p.number(), title);
            } else {
                out.clause(outline, p.number(), Labels.inlineLabel(current), current, anchor);
            }
        } else if (p.listed()) {
            int depth = headingDepth + p.ilvl() + 1;
            if (p.number() != null && !inTable && Labels.isHeading(title)) {
                out.heading(depth, p.number(), title);
            } else {
                out.clause(depth, p.number(), p.number() == null ? null : Labels.inlineLabel(current), current, anchor);
            }
        } else if (sectionTitle && p.emphasised() && Labels.isHeading(title)) {
            table.section = true;
            out.heading(table.depth, null, title);
        } else if (!inTable && p.emphasised() && Labels.isHeading(title)) {
            if (out.atStart()) {
                out.title(title);
            } else {
                out.heading(headingDepth + 1, null, title);
            }
        } else {
            out.clause(out.depth() + 1, null, null, current, anchor);
        }
    }

    void contentControl(String text, String anchor) {
        out.clause(out.depth() + 1, null, null, text, anchor);
    }

    void tableStarts() {
        tables.push(new Table(out.depth() + 1));
    }

    /** The first cell of a one-cell row that opens with a title: the row may start a section of the table. */
    void sectionRowStarts() {
        Table table = tables.peek();
        out.popTo(table.depth);
        table.section = false;
        table.titlePending = true;
    }

    void cellEnds() {
        tables.peek().titlePending = false;
    }

    /** A row's first cell that labels the other cells. */
    void rowLabel(String label) {
        out.heading(tables.peek().rowDepth(), null, label);
    }

    void rowEnds() {
        out.popTo(tables.peek().rowDepth());
    }

    void tableEnds() {
        out.popTo(tables.pop().depth);
    }

    boolean inTable() {
        return !tables.isEmpty();
    }
}
