package io.clausewarden.redline

import static io.clausewarden.redline.DocxFixtures.*

import io.clausewarden.review.Finding
import org.docx4j.wml.DelText
import org.docx4j.wml.RunDel
import org.docx4j.wml.RunIns
import spock.lang.Specification

class DocumentRedlinerSpec extends Specification {

    DocumentRedliner redliner = new DocumentRedliner()

    private static String deletedText(Object change) {
        runsIn(change).collect { r -> r.content.findAll { it instanceof DelText }*.value.join() }.join()
    }

    private static String insertedText(Object change) {
        runsIn(change).collect { r -> r.content.collect { it.value }.findAll { it instanceof org.docx4j.wml.Text }*.value.join() }.join()
    }

    def "changing a number deletes and inserts only the changed tokens"() {
        given:
        def bytes = docx(['Payment is due within three (3) days of the invoice.'])

        when:
        def result = redliner.redline(bytes, [edit('within three (3) days', 'within twelve (12) days')], OPTIONS)
        def p = paragraphs(result.docx())[0]

        then:
        trackedChanges(p).collect { it instanceof RunDel ? "-${deletedText(it)}" : "+${insertedText(it)}" } ==
                ['-three', '+twelve', '-3', '+12']
        accepted(p) == 'Payment is due within twelve (12) days of the invoice.'
        rejected(p) == 'Payment is due within three (3) days of the invoice.'
    }

    def "every change carries our author and date"() {
        given:
        def bytes = docx(['Payment is due within three (3) days.'])

        when:
        def p = paragraphs(redliner.redline(bytes, [edit('three (3)', 'twelve (12)')], OPTIONS).docx())[0]

        then:
        trackedChanges(p).every { it.author == OURS && it.date.toString() == '2025-03-01T09:30:00Z' }
    }

    def "formatting #format is kept on unchanged, deleted and inserted text"() {
        given:
        def bytes = docx([[run(format, 'The fee is 100 euros per month.')]])

        when:
        def p = paragraphs(redliner.redline(bytes, [edit('100 euros', '120 euros')], OPTIONS).docx())[0]
        def plain = p.content.findAll { it instanceof org.docx4j.wml.R }
        def del = runsIn(trackedChanges(p).find { it instanceof RunDel })[0]
        def ins = runsIn(trackedChanges(p).find { it instanceof RunIns })[0]

        then:
        plain.size() == 2
        ([*plain, del, ins]).every { check(it.RPr) }

        where:
        format                       | check
        [bold: true]                 | { it.b != null && it.b.val }
        [italic: true]               | { it.i != null && it.i.val }
        [underline: true]            | { it.u.val.value() == 'single' }
        [font: 'Garamond']           | { it.RFonts.ascii == 'Garamond' && it.RFonts.HAnsi == 'Garamond' }
        [size: 28]                   | { it.sz.val == 28 }
        [color: 'C00000']            | { it.color.val == 'C00000' }
        [bold: true, color: '1F4E79', font: 'Arial', size: 22] | { it.b.val && it.color.val == '1F4E79' && it.RFonts.ascii == 'Arial' && it.sz.val == 22 }
    }

    def "a quote spanning runs of different formatting deletes each run with its own formatting"() {
        given:
        def bytes = docx([[run('The '), run(bold: true, 'Supplier'), run(' shall '), run(italic: true, 'promptly'), run(' notify.')]])

        when:
        def p = paragraphs(redliner.redline(bytes, [edit('Supplier shall promptly notify', 'Customer shall notify')], OPTIONS).docx())[0]
        def changes = trackedChanges(p)

        then:
        accepted(p) == 'The Customer shall notify.'
        rejected(p) == 'The Supplier shall promptly notify.'
        runsIn(changes.find { it instanceof RunDel && deletedText(it) == 'Supplier' })[0].RPr.b.val
        runsIn(changes.find { it instanceof RunIns && insertedText(it) == 'Customer' })[0].RPr.b.val
        runsIn(changes.find { it instanceof RunDel && deletedText(it).strip() == 'promptly' })[0].RPr.i.val
    }

    def "punctuation, whitespace and unicode are redlined exactly: #suggested"() {
        given:
        def bytes = docx([original])

        when:
        def p = paragraphs(redliner.redline(bytes, [edit(original, suggested)], OPTIONS).docx())[0]

        then:
        accepted(p) == suggested
        rejected(p) == original

        where:
        original                                     | suggested
        'Fees are due; late fees apply.'             | 'Fees are due, and late fees apply!'
        'the  Customer   shall pay'                  | 'the Customer shall pay'
        'la société désignée à l’article 5'          | 'la société nommée à l’article 6'
        'the “Confidential Information” means'       | 'the “Protected Information” means'
        '本协议受中国法律管辖。'                         | '本协议受英国法律管辖。'
        'Approved ✅ by both parties 🤝'              | 'Rejected ❌ by both parties 🤝'
    }

    def "an empty suggestion is a pure deletion"() {
        given:
        def bytes = docx(['Keep this. Remove this sentence.'])

        when:
        def p = paragraphs(redliner.redline(bytes, [edit(' Remove this sentence.', '')], OPTIONS).docx())[0]

        then:
        trackedChanges(p)*.class == [RunDel]
        accepted(p) == 'Keep this.'
    }

    def "new words are inserted next to the quote's text with its formatting"() {
        given:
        def bytes = docx([[run(bold: true, 'shall notify the other party')]])

        when:
        def p = paragraphs(redliner.redline(bytes, [edit('shall notify', 'shall promptly notify')], OPTIONS).docx())[0]

        then:
        trackedChanges(p)*.class == [RunIns]
        runsIn(trackedChanges(p)[0])[0].RPr.b.val
        accepted(p) == 'shall promptly notify the other party'
    }

    def "inserted words take the body formatting, not a placeholder's #name"() {
        given:
        def marked = run(bold: true, '[Customer Name]')
        marking.call(marked.RPr)
        def bytes = docx([[run(bold: true, 'Notices go to '), marked, run(bold: true, ' at its registered office.')]])

        when:
        def p = paragraphs(redliner.redline(bytes, [edit('[Customer Name] at its registered office.',
                '[Customer Name] at its registered office, with a copy by email.')], OPTIONS).docx())[0]
        def inserted = trackedChanges(p).findAll { it instanceof RunIns }.collectMany { runsIn(it) }

        then:
        !inserted.isEmpty()
        inserted.every { it.RPr.b.val && it.RPr.highlight == null && it.RPr.shd == null && it.RPr.RStyle == null }
        accepted(p) == 'Notices go to [Customer Name] at its registered office, with a copy by email.'

        where:
        name        | marking
        'highlight' | { org.docx4j.wml.RPr f -> f.highlight = new org.docx4j.wml.Highlight(val: 'yellow') }
        'shading'   | { org.docx4j.wml.RPr f -> f.shd = new org.docx4j.wml.CTShd(fill: 'FFFF00') }
        'style'     | { org.docx4j.wml.RPr f -> f.RStyle = new org.docx4j.wml.RStyle(val: 'PlaceholderText') }
    }

    def "a clause rewritten entirely becomes one deletion and one insertion"() {
        given:
        def original = 'The Supplier may terminate this Agreement at any time for convenience.'
        def suggested = 'Either party may end the contract on ninety days written notice to the other.'
        def bytes = docx([original])

        when:
        def p = paragraphs(redliner.redline(bytes, [edit(original, suggested)], OPTIONS).docx())[0]

        then:
        trackedChanges(p)*.class == [RunDel, RunIns]
        accepted(p) == suggested
    }

    def "two edits in one paragraph are both applied"() {
        given:
        def bytes = docx(['Pay within 30 days to the Supplier in euros.'])

        when:
        def result = redliner.redline(bytes, [edit('30 days', '60 days'), edit('in euros', 'in US dollars')], OPTIONS)

        then:
        result.applied().size() == 2
        accepted(paragraphs(result.docx())[0]) == 'Pay within 60 days to the Supplier in US dollars.'
    }

    def "an edit lands in the paragraph its anchor names, also inside a table cell"() {
        given:
        def bytes = docx(['Intro', table([['Term', 'The term is one year.'], ['Notice', 'The term is one year.']]), 'End'])

        when:
        def result = redliner.redline(bytes, [edit('one year', 'two years', null, anchor(4, 'The term is one year.'))], OPTIONS)
        def ps = paragraphs(result.docx())

        then:
        result.applied()*.paragraphIndex() == [4]
        accepted(ps[4]) == 'The term is two years.'
        accepted(ps[2]) == 'The term is one year.'
    }

    def "an anchor whose text no longer matches falls back to the one paragraph holding the quote"() {
        given:
        def bytes = docx(['First clause.', 'Second clause pays in 30 days.'])

        when:
        def result = redliner.redline(bytes, [edit('30 days', '45 days', null, anchor(0, 'something else'))], OPTIONS)

        then:
        result.applied()*.paragraphIndex() == [1]
    }

    def "an edit is skipped with a reason when #why"() {
        given:
        def bytes = docx(['Pay in 30 days.', 'Pay in 30 days.', 'Unique clause.'])

        when:
        def result = redliner.redline(bytes, [new Edit('x', null, quote, hash ?: sha256(quote), '45 days', null)], OPTIONS)

        then:
        result.applied().isEmpty()
        result.skipped()*.reason() == [reason]
        result.docx() == bytes

        where:
        why                         | quote              | hash      || reason
        'the quote is gone'         | 'in 90 days'       | null      || 'the quote is no longer found in the document'
        'the quote is ambiguous'    | 'in 30 days'       | null      || 'the quote is found in more than one paragraph'
        'the hash does not match'   | 'Unique clause.'   | 'abc123'  || 'the quote does not match its hash'
    }

    def "an edit whose suggestion equals its quote is skipped and the document returned as it was"() {
        given:
        def bytes = docx(['Pay in 30 days.'])

        when:
        def result = redliner.redline(bytes, [edit('in 30 days', 'in 30 days')], OPTIONS)

        then:
        result.skipped()*.reason() == ['the suggestion is the same as the quote']
        result.docx() == bytes
    }

    def "an edit that would change another author's tracked change is skipped"() {
        given:
        def bytes = docx([[run('Pay in '), ins('Opposing Counsel', '2024-05-01T10:00:00Z', 7, run('thirty')), run(' days.')]])

        when:
        def result = redliner.redline(bytes, [edit('thirty days', 'sixty days')], OPTIONS)

        then:
        result.skipped()*.reason() == ['the change touches a field, content control or another tracked change']
    }

    def "existing tracked changes of other authors are kept with their ids, authors and dates"() {
        given:
        def bytes = docx([[run('Pay '), ins('Opposing Counsel', '2024-05-01T10:00:00Z', 7, run('promptly ')),
                           del('Partner', '2024-05-02T11:00:00Z', 9, 'late '), run('within 30 days.')],
                          'Governed by the laws of France.'])

        when:
        def result = redliner.redline(bytes, [edit('within 30 days', 'within 45 days'), edit('France', 'England')], OPTIONS)
        def p = paragraphs(result.docx())[0]
        def theirs = trackedChanges(p).findAll { it.author != OURS }

        then:
        theirs.collect { [it.class, it.id, it.author, it.date.toString()] } ==
                [[RunIns, 7, 'Opposing Counsel', '2024-05-01T10:00:00Z'], [RunDel, 9, 'Partner', '2024-05-02T11:00:00Z']]
        accepted(p) == 'Pay promptly within 45 days.'
        rejected(p) == 'Pay promptly within 30 days.'
    }

    def "our revision ids are unique and above every id already in the document"() {
        given:
        def bytes = docx([[run('Pay '), ins('Opposing Counsel', '2024-05-01T10:00:00Z', 41, run('promptly ')), run('in 30 days.')],
                          'Notice in writing.'])

        when:
        def result = redliner.redline(bytes, [edit('30 days', '45 days', 'We need more time.'), edit('in writing', 'by email')], OPTIONS)
        def xml = documentXml(result.docx())
        def ids = (xml =~ /<w:(?:ins|del) [^>]*w:id="(\d+)"/).collect { it[1] as int }

        then:
        ids.size() == ids.toSet().size()
        ids.findAll { it != 41 }.every { it > 41 }
    }

    def "a counterparty comment goes into a comments part, and internal guidance never does"() {
        given:
        def finding = new Finding('f1', 0, 'payment_terms', 'deviation', 'medium', 'in 30 days', sha256('in 30 days'),
                'INTERNAL: our floor is 45 days, do not reveal', 'in 60 days', 'rule', null, 'Our standard payment term is 60 days.')
        def edit = new Edit(finding.id(), null, finding.quote(), finding.quoteSha256(), finding.suggestedText(), finding.comment())
        def bytes = docx(['Pay in 30 days.'])

        when:
        def produced = redliner.redline(bytes, [edit], OPTIONS).docx()
        def comments = part(produced, 'word/comments.xml')
        def everything = new java.util.zip.ZipInputStream(new ByteArrayInputStream(produced)).withCloseable { zip ->
            def all = new StringBuilder()
            while (zip.nextEntry != null) { all.append(new String(zip.readAllBytes(), 'UTF-8')) }
            all.toString()
        }

        then:
        comments.contains('Our standard payment term is 60 days.')
        comments.contains("w:author=\"$OURS\"")
        documentXml(produced).contains('<w:commentRangeStart')
        documentXml(produced).contains('<w:commentReference')
        !everything.contains('INTERNAL')
    }

    def "POI reopens the redline of #why"() {
        given:
        def bytes = docx(body)

        when:
        def result = redliner.redline(bytes, edits, OPTIONS)

        then:
        result.applied().size() == edits.size()
        poiParagraphs(result.docx()) == poiParagraphs(bytes)

        where:
        why                    | body                                                                       | edits
        'a number change'      | ['Pay within three (3) days.']                                             | [edit('three (3)', 'ten (10)')]
        'a commented change'   | ['Pay within three (3) days.']                                             | [edit('three (3)', 'ten (10)', 'Standard term.')]
        'a table cell'         | [table([['a', 'Notice by post.']])]                                        | [edit('by post', 'by email')]
        'existing changes'     | [[run('A '), ins('X', '2024-01-01T00:00:00Z', 3, run('new ')), run('clause.')]] | [edit('clause', 'term')]
    }

    def "a document without applicable edits is returned byte for byte"() {
        given:
        def bytes = docx(['Nothing to see.'])

        expect:
        redliner.redline(bytes, [], OPTIONS).docx() == bytes
    }
}
