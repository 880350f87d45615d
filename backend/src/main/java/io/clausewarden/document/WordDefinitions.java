package io.clausewarden.document;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamException;

/**
 * What numbering needs from styles.xml and numbering.xml: each style's name, base style, list and outline
 * level; each list's abstract definition and its levels. The first definition of an id wins, as in POI.
 */
final class WordDefinitions {
    /** A paragraph style. {@code hasList}: its paragraph properties name a w:numId (whose value may be absent). */
    record Style(String name, String basedOn, boolean hasList, BigInteger numId, int ilvl, Integer outlineLevel,
                 Boolean bold) {
    }

    /** A list level: its start value, number format and level text, each null when absent. */
    record Level(Integer start, String numFmt, String lvlText, boolean hasLvlText) {
    }

    /** A w:num: whether it names an abstract definition, and which. */
    record Num(boolean hasAbstract, BigInteger abstractId) {
    }

    final Map<String, Style> styles = new HashMap<>();
    final Map<BigInteger, Num> nums = new HashMap<>();
    final Map<BigInteger, List<Level>> abstractNums = new HashMap<>();
    boolean hasStyles;
    boolean hasNumbering;

    static WordDefinitions read(InputStream styles, InputStream numbering, DocumentLimits limits)
            throws IOException, XMLStreamException {
        WordDefinitions definitions = new WordDefinitions();
        int[] nodes = {0};
        if (styles != null) {
            definitions.hasStyles = true;
            each(styles, limits, nodes, "style", definitions::style);
        }
        if (numbering != null) {
            definitions.hasNumbering = true;
            each(numbering, limits, nodes, null, definitions::numbering);
        }
        return definitions;
    }

    private interface Sink {
        void accept(XNode node);
    }

    /** Hands over each child of the part's root element as a tree ({@code only}: just those of that name). */
    private static void each(InputStream part, DocumentLimits limits, int[] nodes, String only, Sink sink)
            throws IOException, XMLStreamException {
        try (part; WordXml xml = WordXml.open(part, limits)) {
            int level = 0;
            while (xml.next()) {
                if (xml.isEnd()) {
                    level--;
                    continue;
                }
                level++;
                if (level == 2 && (only == null || xml.is(only))) {
                    XNode node = xml.tree();
                    level--;
                    nodes[0] += count(node);
                    if (nodes[0] > limits.maxBlockNodes()) {
                        throw new DocumentRejectedException("too_complex", "The document's styles and numbering have more"
                                + " than " + limits.maxBlockNodes() + " XML elements, "
                                + DocumentLimits.named("max-block-nodes", limits.maxBlockNodes()));
                    }
                    sink.accept(node);
                } else if (level >= 2) {
                    xml.skip();
                    level--;
                }
            }
        }
    }

    private static int count(XNode node) {
        int n = 1;
        for (XNode child : node.children) {
            n += count(child);
        }
        return n;
    }

    private void style(XNode style) {
        String id = style.attribute("styleId");
        if (id == null || styles.containsKey(id)) {
            return;
        }
        XNode name = style.child("name");
        XNode basedOn = style.child("basedOn");
        XNode ppr = style.child("pPr");
        XNode numPr = ppr == null ? null : ppr.child("numPr");
        XNode numId = numPr == null ? null : numPr.child("numId");
        String ilvl = numPr == null ? null : numPr.childValue("ilvl");
        String outline = ppr == null ? null : ppr.childValue("outlineLvl");
        XNode rpr = style.child("rPr");
        XNode bold = rpr == null ? null : rpr.child("b");
        styles.put(id, new Style(name == null ? null : name.attribute("val"),
                basedOn == null ? null : basedOn.attribute("val"), numId != null,
                numId == null ? null : WordText.number(numId.attribute("val")),
                ilvl == null ? 0 : WordText.number(ilvl).intValue(),
                outline == null ? null : WordText.number(outline).intValue(),
                bold == null ? null : bold.attribute("val") == null || WordText.isOn(bold.attribute("val"))));
    }

    private void numbering(XNode node) {
        if (node.is("num")) {
            BigInteger id = WordText.number(node.attribute("numId"));
            XNode abstractRef = node.child("abstractNumId");
            if (id != null && !nums.containsKey(id)) {
                nums.put(id, new Num(abstractRef != null,
                        abstractRef == null ? null : WordText.number(abstractRef.attribute("val"))));
            }
        } else if (node.is("abstractNum")) {
            BigInteger id = WordText.number(node.attribute("abstractNumId"));
            if (id == null || abstractNums.containsKey(id)) {
                return;
            }
            List<Level> levels = new ArrayList<>();
            for (XNode lvl : node.all("lvl")) {
                String start = lvl.childValue("start");
                XNode lvlText = lvl.child("lvlText");
                levels.add(new Level(start == null ? null : WordText.number(start).intValue(), lvl.childValue("numFmt"),
                        lvlText == null ? null : lvlText.attribute("val"), lvlText != null));
            }
            abstractNums.put(id, levels);
        }
    }
}
