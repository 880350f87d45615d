package io.clausewarden.redline;

import io.clausewarden.document.DocumentLimits;
import io.clausewarden.redline.PackageScan.TrackedChange;
import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.docx4j.openpackaging.exceptions.Docx4JException;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.wml.P;

/**
 * Checks a produced redline before delivery by reopening its bytes: accepting our changes gives the
 * expected text and rejecting them gives the original text of every paragraph; every tracked change
 * that was there before is still there with its author and date; our revision ids are unique and ours.
 */
final class RedlineVerifier {
    private RedlineVerifier() {
    }

    /**
     * @param originalTexts paragraph texts of the input, in {@link DocumentParagraphs} order (null for content controls)
     * @param expectedTexts paragraph index to the text expected once our changes are accepted
     */
    static void verify(PackageScan original, byte[] produced, List<String> originalTexts,
                       Map<Integer, String> expectedTexts, Set<BigInteger> ours, String author) {
        PackageScan scan = PackageScan.of(produced, DocumentLimits.defaults());
        checkTrackedChanges(original.trackedChanges(), scan.trackedChanges(), ours, author);
        List<P> paragraphs = DocumentParagraphs.of(reopen(produced));
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

    private static WordprocessingMLPackage reopen(byte[] produced) {
        try {
            return WordprocessingMLPackage.load(new ByteArrayInputStream(produced));
        } catch (Docx4JException e) {
            throw new RedlineVerificationException("the redline cannot be reopened: " + e.getClass().getSimpleName());
        }
    }
}
