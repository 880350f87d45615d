package io.clausewarden.testing

import static io.clausewarden.testing.MinimalDocx.deleted
import static io.clausewarden.testing.MinimalDocx.inserted
import static io.clausewarden.testing.MinimalDocx.paragraph
import static io.clausewarden.testing.MinimalDocx.run

import spock.lang.Specification

class PoiReaderSpec extends Specification {

    static final String AUTHOR = RedlineSamples.AUTHOR
    static final String DATE = RedlineSamples.DATE

    def "#construct reads with all changes accepted and with all rejected"() {
        when:
        def reader = PoiReader.read(MinimalDocx.withBody(body))

        then:
        reader.acceptedParagraphs == accepted
        reader.rejectedParagraphs == rejected

        where:
        [construct, body, accepted, rejected] << RedlineSamples.CONSTRUCTS
    }

    def "the whole text joins the paragraphs with line breaks"() {
        when:
        def reader = PoiReader.read(RedlineSamples.delivery())

        then:
        reader.acceptedText == 'The Supplier shall deliver within fifteen (15) days.\nPayment is due on receipt.'
        reader.rejectedText == 'The Supplier shall deliver within thirty (30) days.\nPayment is due on receipt.'
    }

    def "tracked changes are listed in document order with type, author, date and revision id"() {
        when:
        def changes = PoiReader.read(RedlineSamples.delivery()).trackedChanges

        then:
        changes == [new TrackedChange(type: 'deletion', author: AUTHOR, date: DATE, id: '1', element: 'del'),
                    new TrackedChange(type: 'insertion', author: AUTHOR, date: DATE, id: '2', element: 'ins')]
        changes*.dateToSecond == ['2024-05-01T10:00:00'] * 2
    }

    def "whether an author made changes"() {
        when:
        def reader = PoiReader.read(RedlineSamples.delivery())

        then:
        reader.hasChangesBy(AUTHOR)
        !reader.hasChangesBy('Someone Else')
    }

    def "moved text reads as deleted where it came from and inserted where it went"() {
        given:
        def body = paragraph(run('A. '), "<w:moveFrom w:id=\"1\" w:author=\"${AUTHOR}\" w:date=\"${DATE}\">${run('Moved. ')}</w:moveFrom>", run('B.')) +
                paragraph(run('C. '), "<w:moveTo w:id=\"2\" w:author=\"${AUTHOR}\" w:date=\"${DATE}\">${run('Moved.')}</w:moveTo>")

        when:
        def reader = PoiReader.read(MinimalDocx.withBody(body))

        then:
        reader.acceptedParagraphs == ['A. B.', 'C. Moved.']
        reader.rejectedParagraphs == ['A. Moved. B.', 'C. ']
        reader.trackedChanges*.type == ['deletion', 'insertion']
        reader.trackedChanges*.element == ['moveFrom', 'moveTo']
    }

    def "a deleted table row is gone when accepted and back when rejected"() {
        given:
        def deletedRow = "<w:tr><w:trPr><w:del w:id=\"1\" w:author=\"${AUTHOR}\" w:date=\"${DATE}\"/></w:trPr>" +
                "<w:tc><w:tcPr/>${paragraph(deleted(2, AUTHOR, DATE, 'Row two'))}</w:tc></w:tr>"
        def body = RedlineSamples.table([[paragraph(run('Row one'))]]).replace('</w:tbl>', deletedRow + '</w:tbl>') + paragraph()

        when:
        def reader = PoiReader.read(MinimalDocx.withBody(body))

        then:
        reader.acceptedParagraphs == ['Row one', '']
        reader.rejectedParagraphs == ['Row one', 'Row two', '']
        reader.tableCount == 1
        reader.tableRowCount == 2
    }

    def "format changes are listed as format-change"() {
        given:
        def body = "<w:p><w:pPr><w:pPrChange w:id=\"1\" w:author=\"${AUTHOR}\" w:date=\"${DATE}\"><w:pPr/></w:pPrChange></w:pPr>" +
                "<w:r><w:rPr><w:b/><w:rPrChange w:id=\"2\" w:author=\"${AUTHOR}\" w:date=\"${DATE}\"><w:rPr/></w:rPrChange></w:rPr><w:t>Bold now.</w:t></w:r></w:p>"

        when:
        def reader = PoiReader.read(MinimalDocx.withBody(body))

        then:
        reader.trackedChanges*.type == ['format-change', 'format-change']
        reader.trackedChanges*.element == ['pPrChange', 'rPrChange']
        reader.acceptedParagraphs == ['Bold now.']
        reader.rejectedParagraphs == ['Bold now.']
    }

    def "revision ids are unique unless two revisions share one"() {
        when:
        def reader = PoiReader.read(MinimalDocx.withBody(paragraph(inserted(7, AUTHOR, DATE, 'a'), deleted(secondId, AUTHOR, DATE, 'b'))))

        then:
        reader.revisionIdsUnique == unique
        reader.duplicateRevisionIds == duplicates as Set

        where:
        secondId | unique | duplicates
        8        | true   | []
        7        | false  | ['7']
    }

    def "direct numbering gives each numbered paragraph its list level"() {
        given:
        def numbered = { int ilvl, String text -> "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"${ilvl}\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr>${run(text)}</w:p>" }

        when:
        def reader = PoiReader.read(MinimalDocx.withBody(numbered(0, 'One') + numbered(1, 'One.one') + paragraph(run('Plain')) + numbered(0, 'Two')))

        then:
        reader.listLevels == [1, 2, 1]
    }
}
