package io.clausewarden.redline

import static io.clausewarden.redline.DocxFixtures.*

import io.clausewarden.document.DocumentLimits
import java.util.function.Supplier
import org.docx4j.wml.Comments
import org.docx4j.wml.P
import org.docx4j.wml.RunIns
import spock.lang.Specification

class RedlineVerifierSpec extends Specification {

    /** Writes the change, then quietly alters the inserted text, as a faulty writer would. */
    static class CorruptingWriter extends TrackedChangeWriter {
        CorruptingWriter(RevisionIds ids, RedlineOptions options) {
            super(ids, options)
        }

        @Override
        Written replace(P paragraph, int start, String quote, String suggested, String comment, Supplier<Comments> comments) {
            def written = super.replace(paragraph, start, quote, suggested, comment, comments)
            def ins = paragraph.content.find { it instanceof RunIns }
            runsIn(ins)[0].content[0].value.value = 'fourteen'
            written
        }
    }

    def "a redline whose accepted text differs from the suggestion is refused"() {
        given:
        def redliner = new DocumentRedliner(DocumentLimits.defaults(), { ids, options -> new CorruptingWriter(ids, options) })
        def bytes = docx(['Pay within three (3) days.'])

        when:
        redliner.redline(bytes, [edit('three (3)', 'twelve (12)')], OPTIONS)

        then:
        def e = thrown(RedlineVerificationException)
        e.message == 'paragraph 0: accepting our changes does not give the suggested text'
    }

    def "verifying against a wrong expected text fails"() {
        given:
        def bytes = docx(['Pay within three (3) days.'])
        def produced = new DocumentRedliner().redline(bytes, [edit('three (3)', 'twelve (12)')], OPTIONS).docx()
        def ours = (documentXml(produced) =~ /<w:(?:ins|del) [^>]*w:id="(\d+)"/).collect { it[1] as BigInteger } as Set

        when:
        RedlineVerifier.verify(PackageScan.of(bytes, DocumentLimits.defaults()), produced,
                ['Pay within three (3) days.'], [0: 'Pay within ten (10) days.'], ours, OURS)

        then:
        thrown(RedlineVerificationException)
    }

    def "a pre-existing tracked change that went missing is reported"() {
        given:
        def withChange = docx([[run('Pay '), ins('Opposing Counsel', '2024-05-01T10:00:00Z', 7, run('promptly')), run('.')]])
        def withoutChange = docx([[run('Pay '), run('promptly'), run('.')]])

        when:
        RedlineVerifier.verify(PackageScan.of(withChange, DocumentLimits.defaults()), withoutChange,
                ['Pay promptly.'], [:], [] as Set, OURS)

        then:
        def e = thrown(RedlineVerificationException)
        e.message.contains('ins id 7')
    }

    def "a correct redline passes verification"() {
        given:
        def bytes = docx(['Pay within three (3) days.'])

        when:
        def result = new DocumentRedliner().redline(bytes, [edit('three (3)', 'twelve (12)')], OPTIONS)

        then:
        notThrown(RedlineVerificationException)
        result.applied().size() == 1
    }
}
