package io.clausewarden.document

import java.nio.charset.StandardCharsets
import java.security.MessageDigest
import org.apache.poi.xwpf.usermodel.XWPFDocument
import spock.lang.Specification

class DocxSegmentationSpec extends Specification {

    DocumentReader reader = new DocumentReader()

    private static byte[] docx(Closure build) {
        def document = new XWPFDocument()
        build(document)
        def out = new ByteArrayOutputStream()
        document.write(out)
        document.close()
        out.toByteArray()
    }

    private static void paragraph(XWPFDocument document, String text, String style = null) {
        def p = document.createParagraph()
        if (style) {
            p.style = style
        }
        p.createRun().setText(text)
    }

    private static String sha12(String text) {
        MessageDigest.getInstance('SHA-256').digest(text.getBytes(StandardCharsets.UTF_8)).encodeHex().toString().substring(0, 12)
    }

    def "heading styles build the heading path of body paragraphs"() {
        given:
        def bytes = docx { XWPFDocument d ->
            paragraph(d, 'Limitation of Liability', 'Heading1')
            paragraph(d, 'Liability Caps', 'Heading2')
            paragraph(d, 'Each party\'s liability will not exceed the fees paid in the prior twelve months.')
            paragraph(d, 'Governing Law', 'Heading1')
            paragraph(d, 'This Agreement is governed by the laws of Delaware.')
        }

        when:
        def clauses = reader.read('contract.docx', bytes).clauses()

        then:
        clauses*.heading == ['Limitation of Liability > Liability Caps', 'Governing Law']
        clauses*.text == ['Each party\'s liability will not exceed the fees paid in the prior twelve months.',
                          'This Agreement is governed by the laws of Delaware.']
    }

    def "anchors are the paragraph index and the first 12 hex digits of the text's SHA-256"() {
        given:
        def text = 'This Agreement is governed by the laws of Delaware.'
        def bytes = docx { XWPFDocument d ->
            paragraph(d, 'Governing Law', 'Heading1')
            paragraph(d, '')
            paragraph(d, text)
        }

        when:
        def clause = reader.read('contract.docx', bytes).clauses().first()

        then:
        clause.anchor() == "2:${sha12(text)}"
    }

    def "a heading-styled paragraph with a long body is a clause labelled by its lead phrase"() {
        given:
        def bytes = docx { XWPFDocument d ->
            paragraph(d, 'General Terms', 'Heading1')
            paragraph(d, 'Assignment.  Neither party may assign this Agreement without the other party\'s consent, except in a merger.', 'Heading2')
        }

        when:
        def clauses = reader.read('contract.docx', bytes).clauses()

        then:
        clauses.size() == 1
        clauses[0].heading == 'General Terms > Assignment'
        clauses[0].text.startsWith('Assignment.  Neither party')
    }

    def "table cells are read in document order and a short first cell labels its row"() {
        given:
        def bytes = docx { XWPFDocument d ->
            paragraph(d, 'The key terms are as follows.')
            def table = d.createTable(2, 2)
            table.getRow(0).getCell(0).setText('Governing Law')
            table.getRow(0).getCell(1).setText('The laws of the State of Texas')
            table.getRow(1).getCell(0).setText('General Cap Amount')
            table.getRow(1).getCell(1).setText('Fees paid in the six months before the claim')
            paragraph(d, 'Signed by both parties.')
        }

        when:
        def clauses = reader.read('contract.docx', bytes).clauses()

        then:
        clauses*.text == ['The key terms are as follows.', 'The laws of the State of Texas',
                          'Fees paid in the six months before the claim', 'Signed by both parties.']
        clauses[1].heading == 'Governing Law'
        clauses[2].heading == 'General Cap Amount'
        clauses[3].anchor().startsWith('5:')
    }

    private ParsedDocument read(String body) {
        reader.read('contract.docx', WordPackage.docx(body))
    }

    private static String outlined(int level, String text) {
        "<w:p><w:pPr><w:outlineLvl w:val=\"${level - 1}\"/></w:pPr>${WordPackage.r(text)}</w:p>"
    }

    def "Word heading styles, styles based on them and outline levels head the clauses below them by level"() {
        given:
        def body = WordPackage.styled('Title', WordPackage.r('Master Services Agreement')) +
                WordPackage.p(WordPackage.r('This Agreement is made between Acme Corp. and Widget LLC.')) +
                WordPackage.styled('Heading1', WordPackage.r('Limitation of liability')) +
                WordPackage.styled('Heading2', WordPackage.r('Liability caps')) +
                WordPackage.p(WordPackage.r('Each party\'s liability is capped at the fees paid.')) +
                WordPackage.styled('Body2', WordPackage.r('Excluded damages')) +
                WordPackage.p(WordPackage.r('Neither party is liable for indirect damages.')) +
                WordPackage.styled('ClauseTitle', WordPackage.r('Representations, warranties and covenants')) +
                WordPackage.p(WordPackage.r('Each party has authority to sign.')) +
                outlined(1, 'Governing law') +
                outlined(2, 'Courts') +
                WordPackage.p(WordPackage.r('The courts of Delaware decide disputes.'))

        when:
        def clauses = read(body).clauses()

        then: 'no heading is a clause of its own, and the title heads only the preamble'
        clauses*.text == ['This Agreement is made between Acme Corp. and Widget LLC.',
                          'Each party\'s liability is capped at the fees paid.',
                          'Neither party is liable for indirect damages.',
                          'Each party has authority to sign.',
                          'The courts of Delaware decide disputes.']
        clauses*.heading == ['Master Services Agreement',
                             'Limitation of liability > Liability caps',
                             'Limitation of liability > Excluded damages',
                             'Representations, warranties and covenants',
                             'Governing law > Courts']
    }

    def "a heading-styled sentence is a clause at its level, as in templates that number clauses by heading style"() {
        when:
        def clauses = read(WordPackage.styled('Heading1', WordPackage.r('Termination')) +
                WordPackage.styled('Heading2', WordPackage.r('Customer will no longer have any right to use the Product.'))).clauses()

        then:
        clauses*.text == ['Customer will no longer have any right to use the Product.']
        clauses*.heading == ['Termination']
    }

    def "bold headings without a style are siblings under the last outline heading, not nested in each other"() {
        when:
        def clauses = read(WordPackage.styled('Heading1', WordPackage.r('Key Terms')) +
                WordPackage.p(WordPackage.r('Governing Law', '<w:b/>')) +
                WordPackage.p(WordPackage.r('The laws of Delaware.')) +
                WordPackage.styled('Strong', WordPackage.r('Chosen Courts')) +
                WordPackage.p(WordPackage.r('The courts of Delaware.')) +
                WordPackage.p(WordPackage.r('N O T I C E S', '<w:b/>')) +
                WordPackage.p(WordPackage.r('Notices are in writing.'))).clauses()

        then:
        clauses*.heading == ['Key Terms > Governing Law', 'Key Terms > Chosen Courts', 'Key Terms > NOTICES']
    }

    def "a one-cell table row opening with a bold title heads the labelled rows below it"() {
        when:
        def clauses = read(WordPackage.tbl(
                WordPackage.tr(WordPackage.tc(WordPackage.p(WordPackage.r('Order Form', '<w:b/>')),
                        WordPackage.p(WordPackage.r('The key business terms are as follows:')))),
                WordPackage.tr(WordPackage.tc(WordPackage.p(WordPackage.r('Cloud Service'))),
                        WordPackage.tc(WordPackage.p(WordPackage.r('The service is the hosted platform.')))),
                WordPackage.tr(WordPackage.tc(WordPackage.p(WordPackage.r('Key Terms', '<w:b/>')))),
                WordPackage.tr(WordPackage.tc(WordPackage.p(WordPackage.r('Governing Law'))),
                        WordPackage.tc(WordPackage.p(WordPackage.r('The laws of Delaware.')))))).clauses()

        then:
        clauses*.text == ['The key business terms are as follows:', 'The service is the hosted platform.',
                          'The laws of Delaware.']
        clauses*.heading == ['Order Form', 'Order Form > Cloud Service', 'Key Terms > Governing Law']
    }

    def "drafting notes and blank fields of a cover page are notes with their anchors, not clauses"() {
        when:
        def document = read(WordPackage.tbl(
                WordPackage.tr(WordPackage.tc(WordPackage.p(WordPackage.r('Approved Subprocessors'))),
                        WordPackage.tc(WordPackage.p(WordPackage.r('[ drafting note: identify all subprocessors. ]')),
                                WordPackage.p(WordPackage.r('List of Subprocessors available at {url}')))),
                WordPackage.tr(WordPackage.tc(WordPackage.p(WordPackage.r('Governing Law'))),
                        WordPackage.tc(WordPackage.p(WordPackage.r('{governing_law}'))))))

        then:
        document.clauses()*.text == ['List of Subprocessors available at {url}']
        document.notes()*.kind == [DraftingNote.Kind.NOTE, DraftingNote.Kind.BLANK]
        document.notes()*.heading == ['Approved Subprocessors', 'Governing Law']
        document.notes()*.anchor.every { it ==~ /\d+:[0-9a-f]{12}/ }
    }

    def "a .docx is recognised by its content even without an extension"() {
        given:
        def bytes = docx { XWPFDocument d -> paragraph(d, 'Each party keeps the other party\'s information confidential.') }

        expect:
        reader.read(null, bytes).format() == ParsedDocument.Format.DOCX
    }
}
