package io.clausewarden.document;

import java.io.InputStream;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A forward-only reader over one XML part with the JDK's StAX parser: no DTD, no external entities,
 * at most {@link #MAX_DEPTH} levels of nesting. Elements are skipped or read into small {@link XNode}
 * trees, each within a node and text budget, so memory follows the largest paragraph, not the part.
 */
final class WordXml implements AutoCloseable {
    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    /** The nesting POI allowed as well; deeper documents are refused. */
    static final int MAX_DEPTH = 1000;
    private static final Set<String> KEPT_ATTRIBUTES = Set.of("val", "id", "fldCharType", "styleId", "numId",
            "abstractNumId", "type");
    private static final Set<String> TEXT_ELEMENTS = Set.of("t", "delText", "instrText", "delInstrText");
    private static final XMLInputFactory FACTORY = secureFactory();

    private final XMLStreamReader in;
    private final DocumentLimits limits;
    private int depth;

    private WordXml(XMLStreamReader in, DocumentLimits limits) {
        this.in = in;
        this.limits = limits;
    }

    static WordXml open(InputStream part, DocumentLimits limits) throws XMLStreamException {
        return new WordXml(FACTORY.createXMLStreamReader(part), limits);
    }

    private static XMLInputFactory secureFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        return factory;
    }

    /** Moves to the next start or end tag; false at the end of the part. */
    boolean next() throws XMLStreamException {
        while (in.hasNext()) {
            int event = in.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (++depth > MAX_DEPTH) {
                    throw new DocumentRejectedException("too_complex",
                            "The document nests elements more than " + MAX_DEPTH + " levels deep");
                }
                return true;
            }
            if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
                return true;
            }
            checkEvent(event);
        }
        return false;
    }

    private static void checkEvent(int event) {
        if (event == XMLStreamConstants.DTD) {
            throw new DocumentRejectedException("xml_doctype", "An XML part declares a DOCTYPE, which is not allowed");
        }
        if (event == XMLStreamConstants.ENTITY_REFERENCE) {
            throw new DocumentRejectedException("invalid_docx", "The file is not a readable Word document");
        }
    }

    boolean isStart() {
        return in.isStartElement();
    }

    boolean isEnd() {
        return in.isEndElement();
    }

    /** At a start or end tag: whether it is {@code w:<local>}. */
    boolean is(String local) {
        return W.equals(in.getNamespaceURI()) && local.equals(in.getLocalName());
    }

    String localName() {
        return in.getLocalName();
    }

    /** At a start tag: the value of {@code w:<local>}, or null. */
    String attribute(String local) {
        return in.getAttributeValue(W, local);
    }

    /** At a start tag: moves to its end tag, passing over everything inside. */
    void skip() throws XMLStreamException {
        int target = depth - 1;
        while (depth > target && next()) {
            // nothing kept
        }
    }

    /** At a start tag: reads the element and everything inside it into a tree, up to its end tag. */
    XNode tree() throws XMLStreamException {
        Budget budget = new Budget(limits);
        XNode root = startNode(null, budget);
        XNode current = root;
        while (current != null && in.hasNext()) {
            int event = in.next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> {
                    if (++depth > MAX_DEPTH) {
                        throw new DocumentRejectedException("too_complex",
                                "The document nests elements more than " + MAX_DEPTH + " levels deep");
                    }
                    XNode child = startNode(current, budget);
                    current.children.add(child);
                    current = child;
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    depth--;
                    current = current.parent;
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (current.holdsText()) {
                        budget.text(in.getTextLength());
                        current.appendText(in.getTextCharacters(), in.getTextStart(), in.getTextLength());
                    }
                }
                default -> checkEvent(event);
            }
        }
        return root;
    }

    private XNode startNode(XNode parent, Budget budget) {
        budget.node();
        boolean word = W.equals(in.getNamespaceURI());
        XNode node = new XNode(in.getLocalName(), word, parent);
        if (word) {
            for (int i = 0; i < in.getAttributeCount(); i++) {
                String local = in.getAttributeLocalName(i);
                if (W.equals(in.getAttributeNamespace(i)) && KEPT_ATTRIBUTES.contains(local)) {
                    node.attribute(local, in.getAttributeValue(i));
                }
            }
            if (TEXT_ELEMENTS.contains(node.name)) {
                node.startText();
            }
        }
        return node;
    }

    @Override
    public void close() throws XMLStreamException {
        in.close();
    }

    /** What one tree may hold: elements and characters of text. */
    private static final class Budget {
        private final DocumentLimits limits;
        private int nodes;
        private long chars;

        Budget(DocumentLimits limits) {
            this.limits = limits;
        }

        void node() {
            if (++nodes > limits.maxBlockNodes()) {
                throw new DocumentRejectedException("too_complex", "A paragraph or content control of the document has"
                        + " more than " + limits.maxBlockNodes() + " XML elements, "
                        + DocumentLimits.named("max-block-nodes", limits.maxBlockNodes()));
            }
        }

        void text(int length) {
            chars += length;
            if (chars > limits.maxTextChars()) {
                throw new DocumentRejectedException("too_much_text", "More than " + limits.maxTextChars()
                        + " characters of text in one paragraph, " + DocumentLimits.named("max-text-chars", limits.maxTextChars()));
            }
        }
    }
}
