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

    def "a .docx is recognised by its content even without an extension"() {
        given:
        def bytes = docx { XWPFDocument d -> paragraph(d, 'Each party keeps the other party\'s information confidential.') }

        expect:
        reader.read(null, bytes).format() == ParsedDocument.Format.DOCX
    }
}
