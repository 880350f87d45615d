package io.clausewarden.document;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The text of paragraphs, runs and content controls, computed from {@link XNode} trees exactly as Apache
 * POI's XWPF model (5.5) computes it, so that documents read the same as when they were parsed into
 * POI's DOM: which runs a paragraph has, tabs and breaks, caps, ruby, text in pictures, check boxes,
 * footnote and endnote text, and the line and tab separators of content controls.
 */
final class WordText {
    private final Notes notes;

    WordText(Notes notes) {
        this.notes = notes;
    }

    /** A paragraph's runs and content controls in POI's order (its "iruns"); runs only when {@code withSdt} is false. */
    static List<XNode> runs(XNode paragraph, boolean withSdt) {
        List<XNode> out = new ArrayList<>();
        collect(paragraph, out, withSdt);
        return out;
    }

    private static void collect(XNode parent, List<XNode> out, boolean withSdt) {
        for (XNode child : parent.children) {
            if (!child.word) {
                continue;
            }
            switch (child.name) {
                case "r" -> out.add(child);
                case "hyperlink", "fldSimple" -> out.addAll(child.all("r"));
                case "sdt" -> {
                    if (withSdt) {
                        out.add(child);
                    }
                }
                case "ins", "del", "moveFrom", "moveTo" -> {
                    out.addAll(child.all("r"));
                    for (XNode inserted : child.all("ins")) {
                        collect(inserted, out, withSdt);
                    }
                }
                case "smartTag" -> collect(child, out, withSdt);
                default -> {
                    // not text POI reads
                }
            }
        }
    }

    /**
     * The text Word shows with tracked changes accepted: inserted text counts, deleted and moved-away text
     * does not. POI's paragraph text leaves out only runs holding w:delText, so it would count a w:moveFrom
     * or a deleted run written with w:t; otherwise this is the same text.
     */
    String currentText(XNode paragraph) {
        return paragraphText(paragraph, true);
    }

    /** POI's {@code XWPFParagraph.getText()}. */
    String poiText(XNode paragraph) {
        return paragraphText(paragraph, false);
    }

    private String paragraphText(XNode paragraph, boolean accepted) {
        StringBuilder out = new StringBuilder();
        for (XNode run : runs(paragraph, true)) {
            if (run.is("sdt")) {
                out.append(sdtText(run, true));
            } else if (run.child("delText") == null && !(accepted && isRemoved(run))) {
                out.append(runString(run));
            }
        }
        return out.append(noteText(paragraph)).toString();
    }

    /** Whether the run sits inside a w:del or w:moveFrom of its paragraph. */
    private static boolean isRemoved(XNode run) {
        for (XNode at = run.parent; at != null; at = at.parent) {
            if (at.name.equals("del") || at.name.equals("moveFrom")) {
                return true;
            }
            if (at.name.equals("p")) {
                return false;
            }
        }
        return false;
    }

    /** " [1: the footnote's text] " for each footnote or endnote reference in the paragraph's runs. */
    private String noteText(XNode paragraph) {
        StringBuilder out = new StringBuilder();
        for (XNode run : runs(paragraph, false)) {
            for (XNode child : run.children) {
                boolean footnote = child.is("footnoteReference");
                if (footnote || child.is("endnoteReference")) {
                    BigInteger id = number(child.attribute("id"));
                    out.append(" [").append(id).append(": ");
                    List<String> note = notes.find(footnote, id == null ? 0 : id.intValue());
                    if (note != null) {
                        out.append(String.join("\n", note));
                    } else {
                        out.append("!!! End note with ID \"").append(id).append("\" not found in document.");
                    }
                    out.append("] ");
                }
            }
        }
        return out.toString();
    }

    /** POI's {@code XWPFRun.toString()}: the text, then any ruby guide text and text in pictures in parentheses. */
    static String runString(XNode run) {
        String phonetic = phonetic(run);
        return phonetic.isEmpty() ? runText(run) : runText(run) + " (" + phonetic + ")";
    }

    /** POI's {@code XWPFRun.text()}. */
    static String runText(XNode run) {
        StringBuilder out = new StringBuilder();
        boolean caps = onOff(run, "caps") || onOff(run, "smallCaps");
        for (XNode child : run.children) {
            if (child.is("ruby")) {
                ruby(child, false, caps, out);
            } else {
                inner(child, caps, out);
            }
        }
        return out.toString();
    }

    private static String phonetic(XNode run) {
        StringBuilder out = new StringBuilder();
        boolean caps = onOff(run, "caps") || onOff(run, "smallCaps");
        for (XNode child : run.children) {
            if (child.is("ruby")) {
                ruby(child, true, caps, out);
            }
        }
        String pictures = pictureText(run);
        if (!pictures.isEmpty()) {
            out.append('\n').append(pictures).append('\n');
        }
        return out.toString();
    }

    private static String pictureText(XNode run) {
        StringBuilder out = new StringBuilder();
        List<XNode> holders = new ArrayList<>(run.all("pict"));
        holders.addAll(run.all("drawing"));
        for (XNode holder : holders) {
            List<XNode> inside = new ArrayList<>();
            holder.descendants(inside);
            for (XNode t : inside) {
                if (t.is("t") && !t.text().isEmpty()) {
                    if (out.length() > 0) {
                        out.append('\n');
                    }
                    out.append(t.text());
                }
            }
        }
        return out.toString();
    }

    private static void ruby(XNode ruby, boolean guide, boolean caps, StringBuilder out) {
        List<XNode> inside = new ArrayList<>();
        ruby.descendants(inside);
        boolean inGuide = false;
        boolean inBase = false;
        for (XNode node : inside) {
            if (node.is("rt")) {
                inGuide = true;
            } else if (node.is("rubyBase")) {
                inGuide = false;
                inBase = true;
            } else if (guide ? inGuide : inBase) {
                inner(node, caps, out);
            }
        }
    }

    /** One child of a run, as POI's {@code XWPFRun._getText}. */
    private static void inner(XNode node, boolean caps, StringBuilder out) {
        if (!node.word) {
            return;
        }
        switch (node.name) {
            case "t", "delText" -> out.append(caps ? node.text().toUpperCase(Locale.getDefault()) : node.text());
            case "fldChar" -> {
                XNode form = node.child("ffData");
                if ("begin".equals(node.attribute("fldCharType")) && form != null) {
                    for (XNode box : form.all("checkBox")) {
                        XNode checked = box.child("default");
                        out.append(checked != null && isOn(checked.attribute("val")) ? "|X|" : "|_|");
                    }
                }
            }
            case "ptab", "tab" -> out.append('\t');
            case "br", "cr" -> out.append('\n');
            case "noBreakHyphen" -> out.append('\u2011');
            case "footnoteReference", "endnoteReference" -> {
                BigInteger id = number(node.attribute("id"));
                int i = id == null ? -1 : id.intValue();
                out.append(node.name.equals("footnoteReference") ? "[footnoteRef:" + i + "]" : "[endnoteRef:" + i + "]");
            }
            default -> {
                // no text
            }
        }
    }

    /** Whether the run's own properties switch {@code w:<property>} on (POI's isBold, isCapitalized, ...). */
    static boolean onOff(XNode run, String property) {
        XNode properties = run.child("rPr");
        XNode flag = properties == null ? null : properties.child(property);
        if (flag == null) {
            return false;
        }
        String value = flag.attribute("val");
        return value == null || isOn(value);
    }

    static boolean isOn(String value) {
        return value != null && ("true".equalsIgnoreCase(value) || "on".equalsIgnoreCase(value)
                || "x".equalsIgnoreCase(value) || "1".equals(value));
    }

    /**
     * POI's {@code XWPFSDTContent.getText()} of a content control.
     *
     * @param inline whether it sits in a paragraph (runs and nested controls count) rather than between blocks
     */
    String sdtText(XNode sdt, boolean inline) {
        XNode content = sdt.child("sdtContent");
        if (content == null) {
            return "";
        }
        List<XNode> elements = new ArrayList<>();
        for (XNode child : content.children) {
            if (child.is("r") || child.is("sdt") || !inline && (child.is("p") || child.is("tbl"))) {
                elements.add(child);
            }
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < elements.size(); i++) {
            XNode e = elements.get(i);
            boolean newLine = true;
            if (e.is("p")) {
                for (XNode run : runs(e, false)) {
                    out.append(runString(run));
                }
            } else if (e.is("tbl")) {
                tableText(e, out);
            } else if (e.is("sdt")) {
                out.append(sdtText(e, inline));
            } else {
                out.append(runString(e));
                newLine = false;
            }
            if (newLine && i < elements.size() - 1) {
                out.append('\n');
            }
        }
        return out.toString();
    }

    private void tableText(XNode table, StringBuilder out) {
        for (XNode row : table.all("tr")) {
            List<XNode> cells = new ArrayList<>();
            for (XNode child : row.children) {
                if (child.is("tc") || child.is("sdt")) {
                    cells.add(child);
                }
            }
            for (int i = 0; i < cells.size(); i++) {
                XNode cell = cells.get(i);
                out.append(cell.is("tc") ? cellText(cell) : sdtCellText(cell));
                if (i < cells.size() - 1) {
                    out.append('\t');
                }
            }
            out.append('\n');
        }
    }

    /** POI's {@code XWPFTableCell.getTextRecursively()}. */
    private String cellText(XNode cell) {
        StringBuilder out = new StringBuilder();
        appendBlocks(cell, out);
        return out.toString();
    }

    private void appendBlocks(XNode container, StringBuilder out) {
        List<XNode> blocks = new ArrayList<>();
        for (XNode child : container.children) {
            if (child.is("p") || child.is("tbl") || child.is("sdt")) {
                blocks.add(child);
            }
        }
        for (int i = 0; i < blocks.size(); i++) {
            XNode e = blocks.get(i);
            boolean last = i == blocks.size() - 1;
            if (e.is("p")) {
                out.append(poiText(e));
                if (!last) {
                    out.append('\t');
                }
            } else if (e.is("tbl")) {
                for (XNode row : e.all("tr")) {
                    for (XNode cell : row.all("tc")) {
                        appendBlocks(cell, out);
                    }
                }
                if (!last) {
                    out.append('\n');
                }
            } else {
                out.append(sdtText(e, false));
                if (!last) {
                    out.append('\t');
                }
            }
        }
    }

    /** POI's text of a cell-level content control: its text, tabs between cells, new lines between blocks. */
    private static String sdtCellText(XNode sdt) {
        XNode content = sdt.child("sdtContent");
        if (content == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        int[] counts = new int[2];
        List<XNode> inside = new ArrayList<>();
        content.descendants(inside);
        for (XNode node : inside) {
            if (node.name.equals("tr")) {
                counts[0] = 0;
                counts[1] = 0;
            } else if (node.name.equals("tc")) {
                if (counts[0]++ > 0) {
                    out.append('\t');
                }
                counts[1] = 0;
            } else if (node.name.equals("p") || node.name.equals("tbl") || node.name.equals("sdt")) {
                if (counts[1] > 0) {
                    out.append('\n');
                }
                counts[1]++;
            }
            out.append(node.text());
        }
        return out.toString();
    }

    /** A decimal number as XmlBeans reads it; a malformed one makes the document unreadable, as with POI. */
    static BigInteger number(String value) {
        if (value == null) {
            return null;
        }
        try {
            return new BigInteger(value.strip());
        } catch (NumberFormatException e) {
            throw new DocumentRejectedException("invalid_docx", "The file is not a readable Word document");
        }
    }
}
