package io.clausewarden.redline;

import io.clausewarden.document.DocumentLimits;
import io.clausewarden.redline.PackageScan.TrackedChange;
import jakarta.xml.bind.JAXBElement;
import jakarta.xml.bind.JAXBException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.transform.sax.SAXSource;
import org.docx4j.jaxb.Context;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.docx4j.wml.Document;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.docx4j.wml.P;

/**
 * Checks a produced redline before delivery by reopening its bytes: accepting our changes gives the
 * expected text and rejecting them gives the original text of every paragraph; every tracked change
 * that was there before is still there with its author and date; our revision ids are unique and ours.
 */
final class RedlineVerifier {
    private RedlineVerifier() {
    }

    static void verify(PackageScan original, byte[] produced, List<String> originalTexts,
                       Map<Integer, String> expectedTexts, Set<BigInteger> ours, String author) {
        verify(original, produced, originalTexts, expectedTexts, Map.of(), ours, author);
    }

    /**
     * @param originalTexts paragraph texts of the input, in {@link DocumentParagraphs} order (null for content controls)
     * @param expectedTexts paragraph index to the text expected once our changes are accepted
     * @param insertedTexts original paragraph index to the texts of the paragraphs we inserted right after it, in order
     */
    static void verify(PackageScan original, byte[] produced, List<String> originalTexts,
                       Map<Integer, String> expectedTexts, Map<Integer, List<String>> insertedTexts,
                       Set<BigInteger> ours, String author) {
        PackageScan scan = PackageScan.of(produced, DocumentLimits.defaults());
        checkTrackedChanges(original.trackedChanges(), scan.trackedChanges(), ours, author);
        List<P> paragraphs = new ArrayList<>();
        Map<Integer, List<String>> inserted = new HashMap<>();
        for (P p : DocumentParagraphs.of(mainDocument(produced, "word/document.xml"))) {
            if (p != null && insertedByUs(p, ours)) {
                if (!ParagraphText.rejecting(p, ours).text().isEmpty()) {
                    throw new RedlineVerificationException("an inserted paragraph keeps text when our changes are rejected");
                }
                inserted.computeIfAbsent(paragraphs.size() - 1, k -> new ArrayList<>()).add(ParagraphText.current(p).text());
            } else {
                paragraphs.add(p);
            }
        }
        if (!inserted.equals(insertedTexts)) {
            throw new RedlineVerificationException("the inserted paragraphs are not the proposed clauses where expected");
        }
        if (paragraphs.size() != originalTexts.size()) {
            throw new RedlineVerificationException("the redline has " + paragraphs.size() + " paragraphs, the original "
                    + originalTexts.size());
        }
        for (int i = 0; i < paragraphs.size(); i++) {
            P p = paragraphs.get(i);
            if (p == null) {
                continue;
            }
            if (!Objects.equals(ParagraphText.rejecting(p, ours).text(), originalTexts.get(i))) {
                throw new RedlineVerificationException("paragraph " + i + ": rejecting our changes does not give the original text");
            }
            String expected = expectedTexts.getOrDefault(i, originalTexts.get(i));
            if (!ParagraphText.current(p).text().equals(expected)) {
                throw new RedlineVerificationException("paragraph " + i + ": accepting our changes does not give the suggested text");
            }
        }
    }

    /** A paragraph whose paragraph mark is one of our insertions. */
    private static boolean insertedByUs(P p, Set<BigInteger> ours) {
        return p.getPPr() != null && p.getPPr().getRPr() != null && p.getPPr().getRPr().getIns() != null
                && ours.contains(p.getPPr().getRPr().getIns().getId());
    }

    private static void checkTrackedChanges(List<TrackedChange> before, List<TrackedChange> after,
                                            Set<BigInteger> ours, String author) {
        List<TrackedChange> remaining = new ArrayList<>(after);
        for (TrackedChange change : before) {
            if (!remaining.remove(change)) {
                throw new RedlineVerificationException("a tracked change of the original (" + change.element() + " id "
                        + change.id() + " in " + change.part() + ") is missing or altered");
            }
        }
        Set<String> ourIds = ours.stream().map(BigInteger::toString).collect(Collectors.toSet());
        Map<String, Long> counts = after.stream().filter(c -> c.id() != null)
                .collect(Collectors.groupingBy(TrackedChange::id, Collectors.counting()));
        for (TrackedChange added : remaining) {
            boolean ourKind = added.element().equals("ins") || added.element().equals("del");
            if (!ourKind || !ourIds.contains(added.id()) || !author.equals(added.author())) {
                throw new RedlineVerificationException("an unexpected tracked change (" + added.element() + " id "
                        + added.id() + ") appeared");
            }
            if (counts.get(added.id()) != 1) {
                throw new RedlineVerificationException("revision id " + added.id() + " is not unique");
            }
        }
    }

    /**
     * Through a SAX parser, whose element names are already interned, JAXB skips re-interning every name: a
     * noticeable share of the time on a large document. External entities and DOCTYPEs stay refused.
     */
    private static Object unmarshal(byte[] xml) throws JAXBException, SAXException, ParserConfigurationException {
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        XMLReader reader = factory.newSAXParser().getXMLReader();
        return Context.jc.createUnmarshaller().unmarshal(new SAXSource(reader, new InputSource(new ByteArrayInputStream(xml))));
    }

    /** Only the main document part is read back: the other parts are checked by the scan, and parsing them is costly. */
    private static List<Object> mainDocument(byte[] produced, String partName) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(produced))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals(partName)) {
                    Object root = unmarshal(zip.readAllBytes());
                    Document document = (Document) (root instanceof JAXBElement<?> e ? e.getValue() : root);
                    return document.getBody().getContent();
                }
            }
        } catch (IOException | JAXBException | SAXException | ParserConfigurationException | ClassCastException e) {
            throw new RedlineVerificationException("the redline cannot be reopened: " + e.getClass().getSimpleName());
        }
        throw new RedlineVerificationException("the redline has no main document part");
    }

}
