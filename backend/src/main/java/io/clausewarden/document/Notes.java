package io.clausewarden.document;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamException;

/**
 * The paragraph texts of each footnote and endnote, which POI appends to the paragraph that refers to them.
 * Read in order, as POI does: a note sees the footnotes before it, and footnotes see no endnotes.
 */
final class Notes {
    private record Note(BigInteger id, List<String> paragraphs) {
    }

    private final List<Note> footnotes;
    private final List<Note> endnotes;

    private Notes(List<Note> footnotes, List<Note> endnotes) {
        this.footnotes = footnotes;
        this.endnotes = endnotes;
    }

    static Notes none() {
        return new Notes(null, null);
    }

    /** @param footnotes the footnotes part or null; @param endnotes the endnotes part or null */
    static Notes read(InputStream footnotes, InputStream endnotes, DocumentLimits limits) throws IOException, XMLStreamException {
        long[] chars = {0};
        List<Note> foot = footnotes == null ? null : new ArrayList<>();
        if (footnotes != null) {
            read(footnotes, "footnote", foot, new Notes(foot, null), limits, chars);
        }
        List<Note> end = endnotes == null ? null : new ArrayList<>();
        if (endnotes != null) {
            read(endnotes, "endnote", end, new Notes(foot, end), limits, chars);
        }
        return new Notes(foot, end);
    }

    private static void read(InputStream part, String element, List<Note> into, Notes seen, DocumentLimits limits,
                             long[] chars) throws IOException, XMLStreamException {
        WordText text = new WordText(seen);
        try (part; WordXml xml = WordXml.open(part, limits)) {
            int level = 0;
            while (xml.next()) {
                if (xml.isEnd()) {
                    level--;
                    continue;
                }
                level++;
                if (level == 2 && xml.is(element)) {
                    XNode note = xml.tree();
                    level--;
                    List<String> paragraphs = new ArrayList<>();
                    for (XNode p : note.all("p")) {
                        String t = text.poiText(p);
                        chars[0] += t.length();
                        if (chars[0] > limits.maxTextChars()) {
                            throw new DocumentRejectedException("too_much_text", "More than " + limits.maxTextChars()
                                    + " characters of text in notes, " + DocumentLimits.named("max-text-chars", limits.maxTextChars()));
                        }
                        paragraphs.add(t);
                    }
                    into.add(new Note(WordText.number(note.attribute("id")), paragraphs));
                } else if (level >= 2) {
                    xml.skip();
                    level--;
                }
            }
        }
    }

    /** The note's paragraph texts, or null when the document has no such note. */
    List<String> find(boolean footnote, int id) {
        List<Note> notes = footnote ? footnotes : endnotes;
        if (notes != null) {
            for (Note note : notes) {
                if (note.id() != null && note.id().intValue() == id) {
                    return note.paragraphs();
                }
            }
        }
        return null;
    }
}
