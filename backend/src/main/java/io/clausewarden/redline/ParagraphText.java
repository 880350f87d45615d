package io.clausewarden.redline;

import jakarta.xml.bind.JAXBElement;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.docx4j.wml.Br;
import org.docx4j.wml.CTCustomXmlRun;
import org.docx4j.wml.CTSimpleField;
import org.docx4j.wml.CTSmartTagRun;
import org.docx4j.wml.DelText;
import org.docx4j.wml.P;
import org.docx4j.wml.R;
import org.docx4j.wml.RunDel;
import org.docx4j.wml.RunIns;
import org.docx4j.wml.RunTrackChange;
import org.docx4j.wml.SdtRun;
import org.docx4j.wml.Text;

/**
 * The text of a paragraph as Word shows it with tracked changes accepted (inserted text counts, deleted
 * text does not), and where each character lives. Only plain runs outside any tracked change, field or
 * content control are editable.
 */
final class ParagraphText {
    /** One run child carrying text; {@code container} is the content list that holds {@code run}. */
    record Piece(List<Object> container, R run, Object child, int start, int end, boolean editable) {
    }

    private final StringBuilder text = new StringBuilder();
    private final List<Piece> pieces = new ArrayList<>();
    private final Set<BigInteger> rejected;

    private ParagraphText(Set<BigInteger> rejected) {
        this.rejected = rejected;
    }

    static ParagraphText current(P paragraph) {
        return rejecting(paragraph, Set.of());
    }

    /** The text with the given revisions rejected: their insertions left out, their deletions restored. */
    static ParagraphText rejecting(P paragraph, Set<BigInteger> revisionIds) {
        ParagraphText model = new ParagraphText(revisionIds);
        model.walk(paragraph.getContent(), true, false);
        return model;
    }

    String text() {
        return text.toString();
    }

    List<Piece> pieces() {
        return pieces;
    }

    private void walk(List<Object> content, boolean editable, boolean deleted) {
        for (Object item : content) {
            Object o = item instanceof JAXBElement<?> e ? e.getValue() : item;
            String name = item instanceof JAXBElement<?> e ? e.getName().getLocalPart() : "";
            if (o instanceof R run) {
                run(content, run, editable, deleted);
            } else if (o instanceof RunIns ins) {
                if (!rejected.contains(ins.getId())) {
                    walk(ins.getCustomXmlOrSmartTagOrSdt(), false, deleted);
                }
            } else if (o instanceof RunDel del) {
                if (rejected.contains(del.getId())) {
                    walk(del.getCustomXmlOrSmartTagOrSdt(), false, true);
                }
            } else if (o instanceof RunTrackChange move) {
                if (!"moveFrom".equals(name)) {
                    walk(move.getAccOrBarOrBox(), false, deleted);
                }
            } else if (o instanceof P.Hyperlink link) {
                walk(link.getContent(), editable, deleted);
            } else if (o instanceof CTSmartTagRun tag) {
                walk(tag.getContent(), editable, deleted);
            } else if (o instanceof CTCustomXmlRun custom) {
                walk(custom.getContent(), editable, deleted);
            } else if (o instanceof CTSimpleField field) {
                walk(field.getContent(), false, deleted);
            } else if (o instanceof SdtRun sdt && sdt.getSdtContent() != null) {
                walk(sdt.getSdtContent().getContent(), false, deleted);
            }
        }
    }

    private void run(List<Object> container, R run, boolean editable, boolean deleted) {
        for (Object item : run.getContent()) {
            String value = childText(item, deleted);
            if (value != null && !value.isEmpty()) {
                int start = text.length();
                text.append(value);
                pieces.add(new Piece(container, run, item, start, text.length(), editable));
            }
        }
    }

    /** The text a run child contributes, following what POI's XWPFRun shows; null for none. */
    static String childText(Object item, boolean deleted) {
        Object o = item instanceof JAXBElement<?> e ? e.getValue() : item;
        String name = item instanceof JAXBElement<?> e ? e.getName().getLocalPart() : "";
        if (o instanceof Text t) {
            return "t".equals(name) || name.isEmpty() ? nullToEmpty(t.getValue()) : null;
        }
        if (o instanceof DelText t) {
            return deleted ? nullToEmpty(t.getValue()) : null;
        }
        if (o instanceof R.Tab || o instanceof R.Ptab) {
            return "\t";
        }
        if (o instanceof Br || o instanceof R.Cr) {
            return "\n";
        }
        if (o instanceof R.NoBreakHyphen) {
            return "-";
        }
        return null;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
