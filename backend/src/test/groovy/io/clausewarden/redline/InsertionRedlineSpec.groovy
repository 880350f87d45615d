package io.clausewarden.redline

import static io.clausewarden.redline.DocxFixtures.*

import io.clausewarden.testing.LibreOfficeReader
import io.clausewarden.testing.PoiReader
import org.docx4j.XmlUtils
import org.docx4j.wml.Highlight
import org.docx4j.wml.P
import org.docx4j.wml.RunIns
import spock.lang.Requires
import spock.lang.Specification

class InsertionRedlineSpec extends Specification {

    static final String CAP = 'Each party\'s total liability will not exceed the fees paid in the twelve (12) months before the claim.'
    static final List<String> TEXTS = ['1 Fees', 'Fees are due monthly.', '2 Indemnification',
                                       'Supplier indemnifies Customer against third-party claims.', '3 Governing Law',
                                       'This Agreement is governed by New York law.']

    DocumentRedliner redliner = new DocumentRedliner()

    private static byte[] contract() {
        docx(TEXTS.collect { String text ->
            text ==~ /\d .*/ ? [run(bold: true, size: 28, text)] : [run(font: 'Garamond', size: 22, text)]
        })
    }

    private static Insertion cap(Map overrides = [:]) {
        Map values = [id: 'f-cap', anchor: anchor(3, TEXTS[3]), afterHeading: 'Indemnification',
                      heading: 'Limitation of Liability', text: CAP, comment: 'A cap tied to twelve months of fees is market.'] + overrides
        new Insertion(values.id, values.anchor, values.afterHeading, values.heading, values.text, values.comment)
    }

    private static List<P> inserted(byte[] docx) {
        paragraphs(docx).findAll { it.PPr?.RPr?.ins != null }
    }

    def "the proposed clause is inserted right after the anchor clause as a tracked insertion, read back by POI"() {
        given:
        def original = contract()

        when:
        def result = redliner.redline(original, [], [cap()], OPTIONS)
        PoiReader poi = PoiReader.read(result.docx())

        then: 'accepting gives the heading and the clause after the indemnification clause; rejecting gives the original'
        poi.acceptedParagraphs == TEXTS[0..3] + ['Limitation of Liability', CAP] + TEXTS[4..5]
        poi.rejectedParagraphs == TEXTS
        poi.trackedChanges.every { it.type == 'insertion' && it.author == OURS }
        result.applied()*.editId() == ['f-cap']
        result.applied()[0].paragraphIndex() == 3
        result.skipped().isEmpty()
    }

    def "nothing else in the document changes"() {
        given:
        def original = contract()

        when:
        def produced = redliner.redline(original, [], [cap()], OPTIONS).docx()
        def after = paragraphs(produced).findAll { it.PPr?.RPr?.ins == null }

        then:
        after.collect { XmlUtils.marshaltoString(it, true, false) } ==
                paragraphs(original).collect { XmlUtils.marshaltoString(it, true, false) }
    }

    def "the clause takes the anchor's body formatting and the heading the section heading's, without numbering"() {
        when:
        def added = inserted(redliner.redline(contract(), [], [cap()], OPTIONS).docx())
        def headingRun = runsIn(added[0].content.find { it instanceof RunIns })[0]
        def bodyRun = runsIn(added[1].content.find { it instanceof RunIns })[0]

        then:
        added.size() == 2
        headingRun.RPr.b?.val && headingRun.RPr.sz.val == 28
        bodyRun.RPr.RFonts.ascii == 'Garamond' && bodyRun.RPr.sz.val == 22 && bodyRun.RPr.b == null
        added.every { it.PPr.numPr == null || it.PPr.numPr.numId.val == 0 }
    }

    def "the new clause carries the comment for the counterparty"() {
        when:
        def produced = redliner.redline(contract(), [], [cap()], OPTIONS).docx()

        then:
        part(produced, 'word/comments.xml').contains('A cap tied to twelve months of fees is market.')
        documentXml(produced).contains('commentReference')
    }

    def "a placeholder's highlight on the anchor clause is not copied"() {
        given:
        def highlighted = run(font: 'Garamond', 'Supplier indemnifies [Customer] against third-party claims.')
        highlighted.RPr.highlight = new Highlight(val: 'yellow')
        def original = docx(['2 Indemnification', [highlighted]])

        when:
        def added = inserted(redliner.redline(original, [],
                [cap(anchor: anchor(1, 'Supplier indemnifies [Customer] against third-party claims.'), heading: null)], OPTIONS).docx())
        def bodyRun = runsIn(added[0].content.find { it instanceof RunIns })[0]

        then:
        bodyRun.RPr.RFonts.ascii == 'Garamond'
        bodyRun.RPr.highlight == null
    }

    def "a blank line in the clause text starts another tracked paragraph; two clauses after one anchor keep their order"() {
        when:
        def produced = redliner.redline(contract(), [], [cap(heading: null, text: 'First part.\n\nSecond part.'),
                                                          cap(id: 'f-ins', heading: 'Insurance', text: 'Supplier keeps insurance.')],
                OPTIONS).docx()

        then:
        PoiReader.read(produced).acceptedParagraphs ==
                TEXTS[0..3] + ['First part.', 'Second part.', 'Insurance', 'Supplier keeps insurance.'] + TEXTS[4..5]
    }

    def "an anchor whose paragraph changed since the review is skipped and the document left as it was"() {
        given:
        def original = contract()

        when:
        def result = redliner.redline(original, [], [cap(anchor: anchor(3, 'Some other text.'))], OPTIONS)

        then:
        result.docx() == original
        result.skipped()*.editId() == ['f-cap']
        result.skipped()[0].reason() == 'the clause it follows is no longer where the review found it'
    }

    def "an edit and an insertion in one redline both verify"() {
        when:
        def result = redliner.redline(contract(), [edit('New York', 'Delaware')], [cap()], OPTIONS)

        then:
        PoiReader.read(result.docx()).acceptedParagraphs ==
                TEXTS[0..3] + ['Limitation of Liability', CAP, TEXTS[4], 'This Agreement is governed by Delaware law.']
        result.applied()*.editId().size() == 2
    }

    @Requires(value = { LibreOfficeReader.isAvailable() }, reason = 'LibreOffice (soffice) is not installed')
    def "LibreOffice opens the redline and sees the inserted clause as our tracked insertion"() {
        when:
        LibreOfficeReader office = LibreOfficeReader.read(redliner.redline(contract(), [], [cap()], OPTIONS).docx())

        then:
        office.acceptedParagraphs.contains(CAP)
        !office.rejectedParagraphs.contains(CAP)
        office.trackedChanges.every { it.author == OURS }
    }
}
