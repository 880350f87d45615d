package io.clausewarden.document;

import java.util.ArrayList;
import java.util.List;

/**
 * One element of a small, read-only tree built for a single paragraph, content control or definition:
 * its local name, whether it is in the WordprocessingML namespace, the few WordprocessingML attributes
 * the reader uses, and the text of text elements ({@code w:t}, {@code w:delText}, {@code w:instrText}).
 */
final class XNode {
    final String name;
    final boolean word;
    final XNode parent;
    final List<XNode> children = new ArrayList<>(2);
    private String[] attributes;
    private StringBuilder text;

    XNode(String name, boolean word, XNode parent) {
        this.name = name;
        this.word = word;
        this.parent = parent;
    }

    /** Whether this is the WordprocessingML element {@code w:<local>}. */
    boolean is(String local) {
        return word && name.equals(local);
    }

    /** The first child {@code w:<local>}, or null. */
    XNode child(String local) {
        for (XNode child : children) {
            if (child.is(local)) {
                return child;
            }
        }
        return null;
    }

    List<XNode> all(String local) {
        List<XNode> out = new ArrayList<>();
        for (XNode child : children) {
            if (child.is(local)) {
                out.add(child);
            }
        }
        return out;
    }

    /** The value of {@code w:<local>} on this element, or null. */
    String attribute(String local) {
        if (attributes != null) {
            for (int i = 0; i < attributes.length; i += 2) {
                if (attributes[i].equals(local)) {
                    return attributes[i + 1];
                }
            }
        }
        return null;
    }

    /** {@code w:val} of the first child {@code w:<local>}, or null when the child or its value is absent. */
    String childValue(String local) {
        XNode child = child(local);
        return child == null ? null : child.attribute("val");
    }

    void attribute(String local, String value) {
        if (attributes == null) {
            attributes = new String[]{local, value};
        } else {
            String[] more = java.util.Arrays.copyOf(attributes, attributes.length + 2);
            more[attributes.length] = local;
            more[attributes.length + 1] = value;
            attributes = more;
        }
    }

    boolean holdsText() {
        return text != null;
    }

    String text() {
        return text == null ? "" : text.toString();
    }

    void startText() {
        if (text == null) {
            text = new StringBuilder();
        }
    }

    void appendText(char[] chars, int start, int length) {
        text.append(chars, start, length);
    }

    /** Descendants in document order, this element excluded. */
    void descendants(List<XNode> out) {
        for (XNode child : children) {
            out.add(child);
            child.descendants(out);
        }
    }
}
