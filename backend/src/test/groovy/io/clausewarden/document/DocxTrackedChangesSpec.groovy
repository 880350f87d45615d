package io.clausewarden.document

import java.nio.charset.StandardCharsets
import java.security.MessageDigest
import javax.xml.datatype.DatatypeFactory
import org.docx4j.jaxb.Context
import org.docx4j.openpackaging.packages.WordprocessingMLPackage
import org.docx4j.wml.DelText
import org.docx4j.wml.R
import org.docx4j.wml.RunTrackChange
import org.docx4j.wml.Text
import spock.lang.Specification

class DocxTrackedChangesSpec extends Specification {
    static final wml = Context.wmlObjectFactory
    static final date = DatatypeFactory.newInstance().newXMLGregorianCalendar('2024-05-01T10:00:00Z')

    DocumentReader reader = new DocumentReader()

    private static R run(String text) {
        def r = wml.createR()
        r.content.add(wml.createRT(new Text(value: text, space: 'preserve')))
        r
    }

    private static R deletedRun(String text) {
        def r = wml.createR()
        r.content.add(new DelText(value: text, space: 'preserve'))
        r
    }

    private static Object tracked(String kind, int id, R run) {
        def change = kind == 'ins' ? wml.createRunIns() : kind == 'del' ? wml.createRunDel() : new RunTrackChange()
        change.author = 'Opposing Counsel'
        change.date = date
        change.id = id as BigInteger
        if (kind == 'moveFrom') {
            change.accOrBarOrBox.add(run)
            return wml.createPMoveFrom(change)
        }
        change.customXmlOrSmartTagOrSdt.add(run)
        change
    }

    private static byte[] docx(List<List<Object>> paragraphs) {
        def pkg = WordprocessingMLPackage.createPackage()
        paragraphs.each { items ->
            def p = wml.createP()
            p.content.addAll(items)
            pkg.mainDocumentPart.content.add(p)
        }
        def out = new ByteArrayOutputStream()
        pkg.save(out)
        out.toByteArray()
    }

    private static String sha12(String text) {
        MessageDigest.getInstance('SHA-256').digest(text.getBytes(StandardCharsets.UTF_8)).encodeHex().toString().substring(0, 12)
    }

    def "a clause's text counts inserted text and leaves out deleted text"() {
        given:
        def bytes = docx([[run('Payment is due within '), tracked('del', 1, deletedRun('thirty (30)')),
                           tracked('ins', 2, run('sixty (60)')), run(' days.')]])

        when:
        def clause = reader.read('contract.docx', bytes).clauses().first()

        then:
        clause.text() == 'Payment is due within sixty (60) days.'
        clause.anchor() == "0:${sha12('Payment is due within sixty (60) days.')}"
    }

    def "text moved away from a paragraph is not part of its clause text"() {
        given:
        def bytes = docx([[run('Notices must be in writing.'), tracked('moveFrom', 3, run(' Email is sufficient.'))]])

        expect:
        reader.read('contract.docx', bytes).clauses()*.text() == ['Notices must be in writing.']
    }

    def "a deleted run written with w:t is left out too"() {
        given:
        def bytes = docx([[run('The Supplier shall '), tracked('del', 4, run('not ')), run('assign this Agreement.')]])

        expect:
        reader.read('contract.docx', bytes).clauses()*.text() == ['The Supplier shall assign this Agreement.']
    }

    def "a paragraph whose text was all deleted is not a clause"() {
        given:
        def bytes = docx([[tracked('del', 5, deletedRun('Removed clause.'))], [run('Kept clause.')]])

        when:
        def clauses = reader.read('contract.docx', bytes).clauses()

        then:
        clauses*.text() == ['Kept clause.']
        clauses[0].anchor() == "1:${sha12('Kept clause.')}"
    }
}
