package io.clausewarden.redline

import static io.clausewarden.redline.DocxFixtures.*

import io.clausewarden.document.DocumentLimits
import io.clausewarden.document.DocumentReader
import spock.lang.Requires
import spock.lang.Specification

@Requires(value = { Corpus.available() }, reason = 'the shared corpus (shared/corpus above the checkout) is not present')
class RedlineCorpusSpec extends Specification {
    static final String MIXED = 'docx-features/docxfix/mixed-insert-delete.docx'
    static final String RP001 = 'docx-features/open-xml-powertools/RP001-Tracked-Revisions-01.docx'

    DocumentRedliner redliner = new DocumentRedliner()

    private static List<PackageScan.TrackedChange> trackedChangesOf(byte[] docx) {
        PackageScan.of(docx, DocumentLimits.defaults()).trackedChanges()
    }

    def "#file keeps every tracked change of its authors when we redline it"() {
        given:
        def bytes = Corpus.bytes(file)
        def before = trackedChangesOf(bytes)

        when:
        def result = redliner.redline(bytes, [edit(quote, suggested)], OPTIONS)
        def after = trackedChangesOf(result.docx())
        def theirs = after.findAll { it.author() != OURS }

        then:
        result.applied().size() == 1
        theirs.size() == before.size()
        theirs.collect { [it.element(), it.id(), it.author(), it.date()] } == before.collect { [it.element(), it.id(), it.author(), it.date()] }
        after.findAll { it.author() == OURS }*.element().toSet() == ['del', 'ins'] as Set

        where:
        file  | quote                                          | suggested
        MIXED | 'consectetuer adipiscing elit'                 | 'consectetur adipiscing elit'
        RP001 | 'average of two injections'                    | 'average of three injections'
    }

    def "#file redlined reads back with the suggestion accepted and the original rejected"() {
        given:
        def bytes = Corpus.bytes(file)
        def index = paragraphs(bytes).findIndexOf { it != null && accepted(it).contains(quote) }
        def original = accepted(paragraphs(bytes)[index])

        when:
        def p = paragraphs(redliner.redline(bytes, [edit(quote, suggested)], OPTIONS).docx())[index]

        then:
        accepted(p) == original.replace(quote, suggested)
        rejected(p) == original

        where:
        file  | quote                                          | suggested
        MIXED | 'Maecenas porttitor congue massa'              | 'Maecenas congue massa'
        RP001 | 'average of two injections'                    | 'average of three injections'
    }

    def "#file redlined is reopened by POI and read by the document reader with the suggestion"() {
        given:
        def bytes = Corpus.bytes(file)

        when:
        def produced = redliner.redline(bytes, [edit(quote, suggested)], OPTIONS).docx()
        def clauses = new DocumentReader().read('redlined.docx', produced).clauses()

        then:
        poiParagraphs(produced) == poiParagraphs(bytes)
        clauses.any { it.text().contains(suggested) }
        !clauses.any { it.text().contains(quote) }

        where:
        file  | quote                            | suggested
        MIXED | 'Fusce est.'                     | 'Fusce est et.'
        RP001 | 'average of two injections'      | 'average of three injections'
    }

    def "anchors from the document reader locate paragraphs of #file"() {
        given:
        def bytes = Corpus.bytes(file)
        def clause = new DocumentReader().read('contract.docx', bytes).clauses().find { it.text().length() > 40 }
        def quote = clause.text().substring(clause.text().length() - 20)

        when:
        def result = redliner.redline(bytes, [new Edit('c', clause.anchor(), quote, sha256(quote), quote.toUpperCase(), null)], OPTIONS)

        then:
        result.applied()*.paragraphIndex() == [clause.anchor().split(':')[0] as int]

        where:
        file << [MIXED, RP001, 'contracts/commonpaper-cloud-service-agreement-v2.1.docx'.toString()]
    }
}
