package io.clausewarden.testing

import static io.clausewarden.testing.DocxCorpus.normalise
import static io.clausewarden.testing.DocxCorpus.words

import spock.lang.Requires
import spock.lang.Shared
import spock.lang.Specification

/** PoiReader on real Word files: accepting or rejecting all changes gives what Open-XML-PowerTools' oracles hold. */
@Requires(value = { DocxCorpus.present }, reason = DocxCorpus.ABSENT)
class PoiReaderCorpusSpec extends Specification {

    @Shared Map<String, PoiReader> cache = [:]

    private PoiReader powerTools(String name) {
        cache.computeIfAbsent(name) { PoiReader.read(DocxCorpus.powerTools(name)) }
    }

    private PoiReader docxfix(String name) {
        cache.computeIfAbsent(name) { PoiReader.read(DocxCorpus.docxfix(name)) }
    }

    def "#input with all changes #view reads as #oracle"() {
        when:
        def reader = powerTools(input)
        def expected = powerTools(oracle)
        def actual = view == 'accepted' ? reader.acceptedParagraphs : reader.rejectedParagraphs

        then: 'the oracle has no tracked changes left'
        expected.trackedChanges.isEmpty()

        and: 'the whole text matches, whitespace normalised'
        normalise(actual.join('\n')) == normalise(expected.acceptedText)

        and: 'so does every non-empty paragraph'
        words(actual) == words(expected.acceptedParagraphs)

        where:
        input                             | view       | oracle
        'RP001-Tracked-Revisions-01.docx' | 'accepted' | 'RP001-Tracked-Revisions-01-Accepted.docx'
        'RP009-Deleted-Table-Row.docx'    | 'accepted' | 'RP009-Deleted-Table-Row-Accepted.docx'
        'RP009-Deleted-Table-Row.docx'    | 'rejected' | 'RP009-Deleted-Table-Row-Rejected.docx'
        'RP015-MoveFrom-MoveTo.docx'      | 'accepted' | 'RP015-MoveFrom-MoveTo-Accepted.docx'
        'RP015-MoveFrom-MoveTo.docx'      | 'rejected' | 'RP015-MoveFrom-MoveTo-Rejected.docx'
    }

    def "#file opens with POI and its revision ids are unique"() {
        when:
        def reader = PoiReader.read(DocxCorpus.features().resolve(file))

        then:
        reader.revisionIdsUnique

        where:
        file << DocxCorpus.allDocx()
    }

    def "RP001 holds insertions, deletions, moves and format changes by one author"() {
        when:
        def changes = powerTools('RP001-Tracked-Revisions-01.docx').trackedChanges

        then:
        changes*.element.toSet().containsAll(['ins', 'del', 'moveFrom', 'moveTo', 'pPrChange', 'tcPrChange'])

        and: 'w:tblGridChange carries only an id (CT_Markup), every other change names the author'
        changes.findAll { it.element != 'tblGridChange' }*.author.toSet() == ['Author'] as Set
    }

    def "RP009's deleted table row is a row deletion: gone when accepted, back when rejected"() {
        when:
        def reader = powerTools('RP009-Deleted-Table-Row.docx')

        then:
        reader.trackedChanges.any { it.type == 'deletion' && it.author == 'Eric White' }
        words(reader.acceptedParagraphs) == ['1', '7']
        words(reader.rejectedParagraphs) == ['1', '4', '7']
        reader.tableRowCount == 3
        powerTools('RP009-Deleted-Table-Row-Accepted.docx').tableRowCount == 2
    }

    def "RP015's moved paragraph is a moveFrom and a moveTo by its author"() {
        when:
        def changes = powerTools('RP015-MoveFrom-MoveTo.docx').trackedChanges

        then:
        changes.findAll { it.element in ['moveFrom', 'moveTo'] }*.type.toSet() == ['deletion', 'insertion'] as Set
        changes.every { it.author == 'Eric White' }
    }

    def "mixed-insert-delete moves 'dolor sit amet' before 'ipsum' as one insertion and one deletion"() {
        when:
        def reader = docxfix('mixed-insert-delete.docx')

        then: 'one w:ins and one w:del, each with an author'
        reader.trackedChanges*.element == ['ins', 'del']
        reader.trackedChanges.every { it.author == 'Author' }

        and:
        reader.acceptedText.startsWith('Lorem dolor sit amet ipsum, consectetuer adipiscing elit.')
        reader.rejectedText.startsWith('Lorem ipsum dolor sit amet, consectetuer adipiscing elit.')
    }

    def "comment-thread has no tracked changes and its comments are not body text"() {
        when:
        def reader = docxfix('comment-thread.docx')

        then:
        reader.trackedChanges.isEmpty()
        reader.acceptedText == reader.rejectedText
        reader.acceptedText.startsWith('Lorem ipsum dolor sit amet, consectetuer')
        !reader.acceptedText.contains('A comment.')
    }

    def "legal-list numbers five paragraphs at levels 1, 1.1, 2, 2.1 and 2.1.1"() {
        when:
        def reader = docxfix('legal-list.docx')

        then:
        reader.listLevels == [1, 2, 1, 2, 3]
        reader.trackedChanges.isEmpty()
    }
}
