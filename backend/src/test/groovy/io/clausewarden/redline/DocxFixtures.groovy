package io.clausewarden.redline

import io.clausewarden.support.Sha256
import javax.xml.datatype.DatatypeFactory
import org.apache.poi.xwpf.usermodel.XWPFDocument
import org.docx4j.jaxb.Context
import org.docx4j.openpackaging.packages.WordprocessingMLPackage
import org.docx4j.wml.BooleanDefaultTrue
import org.docx4j.wml.Color
import org.docx4j.wml.DelText
import org.docx4j.wml.HpsMeasure
import org.docx4j.wml.ObjectFactory
import org.docx4j.wml.P
import org.docx4j.wml.R
import org.docx4j.wml.RFonts
import org.docx4j.wml.RPr
import org.docx4j.wml.RunDel
import org.docx4j.wml.RunIns
import org.docx4j.wml.Tbl
import org.docx4j.wml.Tc
import org.docx4j.wml.Text
import org.docx4j.wml.Tr
import org.docx4j.wml.U
import org.docx4j.wml.UnderlineEnumeration

/** Builds small .docx fixtures with docx4j and reads redlines back. */
class DocxFixtures {
    static final ObjectFactory WML = Context.wmlObjectFactory
    static final String OURS = 'Clausewarden — Firm Playbook'
    static final RedlineOptions OPTIONS = new RedlineOptions(OURS, 'CW', java.time.Instant.parse('2025-03-01T09:30:00Z'))

    /** Each item is a paragraph (a list of runs or tracked changes, or one String) or a table (a list of row lists of Strings, tagged by table()). */
    static byte[] docx(List<Object> body) {
        def pkg = WordprocessingMLPackage.createPackage()
        body.each { pkg.mainDocumentPart.content.add(it instanceof Tbl ? WML.createBodyTbl(it) : paragraph(it)) }
        def out = new ByteArrayOutputStream()
        pkg.save(out)
        out.toByteArray()
    }

    static P paragraph(Object item) {
        if (item instanceof P) {
            return item
        }
        def p = WML.createP()
        (item instanceof String ? [run(item)] : item).each { p.content.add(it) }
        p
    }

    static Tbl table(List<List<String>> rows) {
        def tbl = WML.createTbl()
        rows.each { cells ->
            Tr tr = WML.createTr()
            cells.each { String text ->
                Tc tc = WML.createTc()
                tc.content.add(paragraph(text))
                tr.content.add(WML.createTrTc(tc))
            }
            tbl.content.add(tr)
        }
        tbl
    }

    /** A run; format keys: bold, italic, underline, font, size (half-points), color. */
    static R run(Map format = [:], String text) {
        R r = WML.createR()
        if (format) {
            RPr rPr = WML.createRPr()
            if (format.bold) rPr.b = new BooleanDefaultTrue()
            if (format.italic) rPr.i = new BooleanDefaultTrue()
            if (format.underline) rPr.u = new U(val: UnderlineEnumeration.SINGLE)
            if (format.font) rPr.RFonts = new RFonts(ascii: format.font, hAnsi: format.font)
            if (format.size) rPr.sz = new HpsMeasure(val: format.size as BigInteger)
            if (format.color) rPr.color = new Color(val: format.color)
            r.RPr = rPr
        }
        r.content.add(WML.createRT(new Text(value: text, space: 'preserve')))
        r
    }

    static RunIns ins(String author, String date, int id, R... runs) {
        def ins = WML.createRunIns()
        ins.author = author
        ins.date = DatatypeFactory.newInstance().newXMLGregorianCalendar(date)
        ins.id = id as BigInteger
        runs.each { ins.customXmlOrSmartTagOrSdt.add(it) }
        ins
    }

    static RunDel del(String author, String date, int id, String text) {
        def del = WML.createRunDel()
        del.author = author
        del.date = DatatypeFactory.newInstance().newXMLGregorianCalendar(date)
        del.id = id as BigInteger
        R r = WML.createR()
        r.content.add(new DelText(value: text, space: 'preserve'))
        del.customXmlOrSmartTagOrSdt.add(r)
        del
    }

    static WordprocessingMLPackage open(byte[] bytes) {
        WordprocessingMLPackage.load(new ByteArrayInputStream(bytes))
    }

    static List<P> paragraphs(byte[] bytes) {
        DocumentParagraphs.of(open(bytes))
    }

    /** Text with every change accepted. */
    static String accepted(P p) {
        ParagraphText.current(p).text()
    }

    /** Text with the changes of {@code author} rejected. */
    static String rejected(P p, String author = OURS) {
        ParagraphText.rejecting(p, trackedChanges(p).findAll { it.author == author }*.id as Set).text()
    }

    static List<Object> trackedChanges(P p) {
        p.content.findAll { it instanceof RunIns || it instanceof RunDel }
    }

    static List<R> runsIn(Object change) {
        change.customXmlOrSmartTagOrSdt.findAll { it instanceof R }
    }

    static String documentXml(byte[] bytes) {
        part(bytes, 'word/document.xml')
    }

    static String part(byte[] bytes, String name) {
        def zip = new java.util.zip.ZipInputStream(new ByteArrayInputStream(bytes))
        def entry
        while ((entry = zip.nextEntry) != null) {
            if (entry.name == name) {
                return new String(zip.readAllBytes(), 'UTF-8')
            }
        }
        null
    }

    static int poiParagraphs(byte[] bytes) {
        new XWPFDocument(new ByteArrayInputStream(bytes)).withCloseable { it.paragraphs.size() }
    }

    static String sha256(String text) {
        Sha256.hex(text)
    }

    static String anchor(int index, String text) {
        "$index:${sha256(text.strip()).substring(0, 12)}"
    }

    static Edit edit(String quote, String suggested, String comment = null, String anchor = null) {
        new Edit('e-' + quote.hashCode(), anchor, quote, sha256(quote), suggested, comment)
    }
}
