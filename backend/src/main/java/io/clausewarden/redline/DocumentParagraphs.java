package io.clausewarden.redline;

import jakarta.xml.bind.JAXBElement;
import java.util.ArrayList;
import java.util.List;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.wml.P;
import org.docx4j.wml.SdtBlock;
import org.docx4j.wml.Tbl;
import org.docx4j.wml.Tc;
import org.docx4j.wml.Tr;

/**
 * Body paragraphs and table-cell paragraphs in document order, indexed like the document reader's
 * anchors. A block content control takes one index and is listed as null: it is never edited.
 */
final class DocumentParagraphs {
    private DocumentParagraphs() {
    }

    static List<P> of(WordprocessingMLPackage pkg) {
        return of(pkg.getMainDocumentPart().getContent());
    }

    /** The paragraphs of a main document's body content. */
    static List<P> of(List<Object> bodyContent) {
        List<P> out = new ArrayList<>();
        walk(bodyContent, out);
        return out;
    }

    private static void walk(List<Object> content, List<P> out) {
        for (Object item : content) {
            Object o = item instanceof JAXBElement<?> e ? e.getValue() : item;
            if (o instanceof P p) {
                out.add(p);
            } else if (o instanceof SdtBlock) {
                out.add(null);
            } else if (o instanceof Tbl table) {
                for (Object row : table.getContent()) {
                    if (unwrap(row) instanceof Tr tr) {
                        for (Object cell : tr.getContent()) {
                            if (unwrap(cell) instanceof Tc tc) {
                                walk(tc.getContent(), out);
                            }
                        }
                    }
                }
            }
        }
    }

    private static Object unwrap(Object item) {
        return item instanceof JAXBElement<?> e ? e.getValue() : item;
    }

    /** The content list that holds {@code paragraph} (the body or a table cell), or null. */
    static List<Object> containerOf(List<Object> content, P paragraph) {
        for (Object item : content) {
            Object o = unwrap(item);
            if (o == paragraph) {
                return content;
            }
            if (o instanceof Tbl table) {
                for (Object row : table.getContent()) {
                    if (unwrap(row) instanceof Tr tr) {
                        for (Object cell : tr.getContent()) {
                            if (unwrap(cell) instanceof Tc tc) {
                                List<Object> found = containerOf(tc.getContent(), paragraph);
                                if (found != null) {
                                    return found;
                                }
                            }
                        }
                    }
                }
            }
        }
        return null;
    }
}
