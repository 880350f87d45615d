package io.clausewarden.testing

import static io.clausewarden.testing.DocxCorpus.normalise
import static io.clausewarden.testing.DocxCorpus.words

import java.nio.file.Path
import spock.lang.Requires
import spock.lang.Shared
import spock.lang.Specification

/**
 * What LibreOffice makes of real Word files with tracked changes, against Open-XML-PowerTools' accepted and rejected
 * oracles. All samples are converted in one soffice run.
 */
@Requires(value = { DocxCorpus.present }, reason = DocxCorpus.ABSENT)
@Requires(value = { LibreOfficeReader.available },
        reason = 'LibreOffice is not installed: no soffice on the PATH (apt-get install -y libreoffice-writer-nogui)')
class LibreOfficeReaderCorpusSpec extends Specification {

    static final List<String> POWER_TOOLS = ['RP001-Tracked-Revisions-01', 'RP009-Deleted-Table-Row', 'RP015-MoveFrom-MoveTo']
            .collectMany { ["${it}.docx", "${it}-Accepted.docx", "${it}-Rejected.docx"]*.toString() }
            .findAll { it != 'RP001-Tracked-Revisions-01-Rejected.docx' }
    static final List<String> DOCXFIX = ['mixed-insert-delete.docx', 'comment-thread.docx', 'legal-list.docx']

    @Shared Map<String, LibreOfficeReader> converted

    def setupSpec() {
        Map<String, Path> files = POWER_TOOLS.collectEntries { [it, DocxCorpus.powerTools(it)] } +
                DOCXFIX.collectEntries { [it, DocxCorpus.docxfix(it)] }
        def read = LibreOfficeReader.readAll(files.values())
        converted = files.collectEntries { name, file -> [name, read[file]] }
    }

    def "#input with all changes #view reads as #oracle, as LibreOffice and POI read the oracle"() {
        when:
        def reader = converted[input]
        def actual = view == 'accepted' ? reader.acceptedParagraphs : reader.rejectedParagraphs

        then: 'LibreOffice sees no tracked changes in the oracle'
        converted[oracle].trackedChanges.isEmpty()

        and: 'the whole text matches, whitespace normalised'
        normalise(actual.join('\n')) == normalise(converted[oracle].acceptedText)
        normalise(actual.join('\n')) == normalise(PoiReader.read(DocxCorpus.powerTools(oracle)).acceptedText)

        and: 'so does every non-empty paragraph'
        words(actual) == words(converted[oracle].acceptedParagraphs)

        where:
        input                             | view       | oracle
        'RP009-Deleted-Table-Row.docx'    | 'accepted' | 'RP009-Deleted-Table-Row-Accepted.docx'
        'RP009-Deleted-Table-Row.docx'    | 'rejected' | 'RP009-Deleted-Table-Row-Rejected.docx'
        'RP015-MoveFrom-MoveTo.docx'      | 'accepted' | 'RP015-MoveFrom-MoveTo-Accepted.docx'
        'RP015-MoveFrom-MoveTo.docx'      | 'rejected' | 'RP015-MoveFrom-MoveTo-Rejected.docx'
    }

    def "LibreOffice accepts RP001 as its oracle reads, except for a floating table moved and then deleted"() {
        given: 'in Word, the table after "Order of injection:" was moved (w:moveTo) below "peak is about ..." and its moved copy deleted (w:del inside w:moveTo)'
        def oracle = words(converted['RP001-Tracked-Revisions-01-Accepted.docx'].acceptedParagraphs)
        int heading = oracle.indexOf('Order of injection:')
        int peak = oracle.findIndexOf { it.startsWith('peak is about 29.39 min.') }
        def table = oracle.subList(heading + 1, peak)

        when:
        def accepted = words(converted['RP001-Tracked-Revisions-01.docx'].acceptedParagraphs)

        then: 'the oracle agrees with POI'
        oracle == words(PoiReader.read(DocxCorpus.powerTools('RP001-Tracked-Revisions-01-Accepted.docx')).acceptedParagraphs)

        and: 'LibreOffice 7.4 keeps the deleted copy as inserted text in the table cells, so it shows the table twice'
        table.first() == 'Name of the preparations' && table.size() == 14
        accepted == oracle.subList(0, peak + 1) + table + oracle.subList(peak + 1, oracle.size())
    }

    def "#input reads the same in LibreOffice and POI with all changes accepted and with all rejected"() {
        when:
        def office = converted[input]
        def poi = PoiReader.read(DocxCorpus.features().resolve(folder).resolve(input))

        then:
        words(office.acceptedParagraphs) == words(poi.acceptedParagraphs)
        words(office.rejectedParagraphs) == words(poi.rejectedParagraphs)

        where: 'not RP001, whose moved-then-deleted floating table LibreOffice reads differently (above)'
        input                             | folder
        'RP009-Deleted-Table-Row.docx'    | 'open-xml-powertools'
        'RP015-MoveFrom-MoveTo.docx'      | 'open-xml-powertools'
        'mixed-insert-delete.docx'        | 'docxfix'
        'comment-thread.docx'             | 'docxfix'
        'legal-list.docx'                 | 'docxfix'
    }

    def "LibreOffice keeps RP009's deleted row as a row whose text is a tracked deletion"() {
        when:
        def reader = converted['RP009-Deleted-Table-Row.docx']

        then: 'the deletion is there, by its author'
        reader.trackedChanges*.type == ['deletion']
        reader.hasChangesBy('Eric White')

        and: 'accepting empties the row rather than removing it, unlike Word and the oracle'
        reader.tableRowCount == 3
        converted['RP009-Deleted-Table-Row-Accepted.docx'].tableRowCount == 2
        reader.acceptedParagraphs.take(3) == ['1', '', '7']
    }

    def "LibreOffice shows RP015's move as a deletion and an insertion by its author"() {
        when:
        def reader = converted['RP015-MoveFrom-MoveTo.docx']

        then:
        reader.trackedChanges*.type == ['deletion', 'insertion']
        reader.trackedChanges*.author == ['Eric White'] * 2
        reader.trackedChanges*.dateToSecond == ['2017-03-24T23:18:00'] * 2
    }

    def "LibreOffice shows mixed-insert-delete's move as one insertion and one deletion by Author"() {
        when:
        def reader = converted['mixed-insert-delete.docx']

        then:
        reader.trackedChanges*.type == ['insertion', 'deletion']
        reader.trackedChanges*.author == ['Author', 'Author']
        reader.acceptedText.startsWith('Lorem dolor sit amet ipsum, consectetuer')
        reader.rejectedText.startsWith('Lorem ipsum dolor sit amet, consectetuer')
    }

    def "LibreOffice anchors comment-thread's comment and its reply on 'dolor sit amet'"() {
        when:
        def reader = converted['comment-thread.docx']

        then:
        reader.trackedChanges.isEmpty()
        reader.comments*.text.toSet() == ['A comment.', 'A reply comment.'] as Set
        reader.comments*.anchor == ['dolor sit amet'] * 2
        reader.comments*.author == ['Author'] * 2
        !reader.acceptedText.contains('A comment.')
    }

    def "LibreOffice keeps legal-list's five paragraphs numbered at levels 1, 1.1, 2, 2.1 and 2.1.1"() {
        when:
        def reader = converted['legal-list.docx']

        then:
        reader.listLevels == [1, 2, 1, 2, 3]
        reader.acceptedParagraphs.size() == 5
        reader.tableCount == 0
    }

    def "one soffice run converts all #count samples well within the timeout"() {
        expect:
        converted.values()*.conversionTime.toSet().size() == 1
        converted.values().first().conversionTime < LibreOfficeReader.TIMEOUT

        where:
        count = POWER_TOOLS.size() + DOCXFIX.size()
    }
}
