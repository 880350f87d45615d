package io.clausewarden.document

import io.clausewarden.testing.DocxCorpus
import io.clausewarden.review.CorpusReviewSpec
import java.nio.file.Files
import java.nio.file.Path
import spock.lang.Requires
import spock.lang.Specification

import static io.clausewarden.document.WordPackage.*

/**
 * The streaming reader reads every document into the same clauses (index, heading path, number, text and
 * anchor) and drafting notes as a reader that parses documents into POI's DOM and lays them out with the same
 * {@link DocxLayout}, so reviews and the anchors redlines rely on do not change. The POI reader is kept in test
 * code as the oracle for what each paragraph says and how it is styled.
 */
class StreamingDocxReaderSpec extends Specification {
    DocumentLimits limits = DocumentLimits.defaults()

    private ParsedDocument streamed(byte[] docx) {
        new DocumentReader(limits).read('contract.docx', docx)
    }

    private ParsedDocument viaPoi(byte[] docx) {
        PoiDocxReference.readDocument(docx, limits)
    }

    def "#feature reads as it did through POI"() {
        given:
        def docx = WordPackage.docx(body)

        when:
        def clauses = streamed(docx)

        then:
        clauses == viaPoi(docx)
        !clauses.clauses().isEmpty()

        where:
        feature                                | body
        'headings by style and outline level'  | styled('Heading1', r('Limitation of Liability')) + styled('Heading2', r('Caps')) + p(r('Each party\'s liability is capped.')) + styled('Body2', r('Under a based-on heading style.')) + styled('BodyText', r('Outline level nine is body text.'))
        'direct list numbering'                | numbered(1, 0, r('Definitions')) + numbered(1, 1, r('Affiliate. Any entity that controls a party.')) + numbered(1, 2, r('first item of a list')) + numbered(1, 2, r('second item')) + numbered(1, 3, r('roman item')) + numbered(1, 1, r('Services. The Supplier provides the services.')) + numbered(1, 0, r('Fees')) + numbered(4, 1, r('Same abstract list, other num.'))
        'style-linked numbering'               | styled('Article', r('Payment')) + styled('Section', r('Invoices. Monthly in arrears.')) + styled('Section', r('Late payment. Interest applies.')) + styled('Article', r('Term'))
        'bullets and missing lists'            | numbered(3, 0, r('A bullet point that is a clause.')) + numbered(9, 0, r('A list id that is not defined.')) + numbered(1, 7, r('A level that is not defined.'))
        'an outline level set on the paragraph'| '<w:p><w:pPr><w:outlineLvl w:val="1"/></w:pPr>' + r('Second Level Title') + '</w:p>' + p(r('Body under it.'))
        'tracked insertions and deletions'     | p(r('Payment is due within '), '<w:del w:id="1" w:author="A" w:date="2024-01-01T00:00:00Z"><w:r><w:delText>thirty</w:delText></w:r></w:del>', '<w:ins w:id="2" w:author="A" w:date="2024-01-01T00:00:00Z">' + r('sixty') + '</w:ins>', r(' days.'))
        'deleted runs written with w:t'        | p(r('The Supplier shall '), '<w:del w:id="3" w:author="A">' + r('not ') + '</w:del>', r('assign.'))
        'moves'                                | p(r('Notices in writing.'), '<w:moveFrom w:id="4" w:author="A">' + r(' Email is enough.') + '</w:moveFrom>') + p('<w:moveTo w:id="5" w:author="A">' + r('Email is enough.') + '</w:moveTo>')
        'nested insertions and links in them'  | p('<w:ins w:id="6" w:author="A">' + r('A ') + '<w:ins w:id="7" w:author="B">' + r('nested ') + '</w:ins>' + r('insertion ') + '<w:hyperlink r:id="rId9">' + r('link lost') + '</w:hyperlink></w:ins>', r(' end.'))
        'hyperlinks, simple fields, smart tags'| p(r('See '), '<w:hyperlink r:id="rId9">' + r('the policy') + '</w:hyperlink>', '<w:fldSimple w:instr="PAGE">' + r('7') + '</w:fldSimple>', '<w:smartTag w:uri="u" w:element="e"><w:smartTag w:uri="u" w:element="f">' + r(' nested tag') + '</w:smartTag></w:smartTag>', '<w:customXml w:element="x">' + r(' custom xml is not read') + '</w:customXml>')
        'tabs, breaks and hyphens'             | p('<w:r><w:t>Fee</w:t><w:tab/><w:t>USD 100</w:t><w:br/><w:t>due</w:t><w:cr/><w:t>now</w:t><w:ptab w:relativeTo="margin" w:alignment="right" w:leader="none"/><w:t>x</w:t><w:noBreakHyphen/><w:t>y</w:t><w:softHyphen/><w:sym w:font="Wingdings" w:char="F0FC"/><w:t>z</w:t></w:r>')
        'caps and small caps'                  | p(r('shouted words', '<w:caps/>'), r(' quiet ', '<w:caps w:val="false"/>'), r('small caps', '<w:smallCaps w:val="1"/>'), r(' on', '<w:caps w:val="on"/>'))
        'footnotes and endnotes'               | p(r('Fees are set out below.'), '<w:r><w:footnoteReference w:id="1"/></w:r>', r(' More.'), '<w:r><w:footnoteReference w:id="2"/></w:r>', '<w:r><w:endnoteReference w:id="1"/></w:r>', '<w:r><w:footnoteReference w:id="9"/></w:r>')
        'field codes and check boxes'          | p('<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:checkBox><w:default w:val="1"/></w:checkBox></w:ffData></w:fldChar></w:r>', '<w:r><w:instrText> FORMCHECKBOX </w:instrText></w:r>', '<w:r><w:fldChar w:fldCharType="end"/></w:r>', r(' Accepted'), '<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:checkBox><w:default/></w:checkBox></w:ffData></w:fldChar></w:r>', r(' Declined'))
        'ruby'                                 | p('<w:r><w:ruby><w:rubyPr/><w:rt><w:r><w:t>guide</w:t></w:r></w:rt><w:rubyBase><w:r><w:t>Base</w:t></w:r></w:rubyBase></w:ruby></w:r>', r(' text.'))
        'text in drawings and pictures'        | p(r('Logo: '), '<w:r><w:drawing><wp:inline><w:txbxContent><w:p><w:r><w:t>Box one</w:t></w:r></w:p><w:p><w:r><w:t>Box two</w:t></w:r></w:p></w:txbxContent></wp:inline></w:drawing></w:r>', '<w:r><w:pict><v:shape><w:t>Shape text</w:t></v:shape></w:pict></w:r>')
        'inline content controls'              | p(r('The Customer is '), '<w:sdt><w:sdtPr><w:alias w:val="Customer"/></w:sdtPr><w:sdtContent>' + r('Acme Ltd') + '<w:sdt><w:sdtContent>' + r('(nested)') + '</w:sdtContent></w:sdt>' + r(' of London') + '</w:sdtContent></w:sdt>', r('.'))
        'block content controls'               | '<w:sdt><w:sdtPr/><w:sdtContent>' + p(r('Cover page line one')) + p(r('Line two'), '<w:del w:id="8" w:author="A"><w:r><w:delText>deleted</w:delText></w:r></w:del>') + tbl(tr(tc(p(r('a'))), tc(p(r('b')), p(r('c')))), tr(tc(tbl(tr(tc(p(r('inner'))), tc(p(r('x'))))))) ) + '<w:sdt><w:sdtContent>' + p(r('nested block')) + '</w:sdtContent></w:sdt>' + '</w:sdtContent></w:sdt>' + p(r('After the control.'))
        'table rows labelled by a first cell'  | p(r('Key terms:')) + tbl(tr(tc(p(r('Governing Law'))), tc(p(r('Texas')))), tr(tc(p(r('')), p(r('Cap Amount'))), tc(p(r('Fees paid in 12 months')), p(r('Second paragraph')))), tr(tc(p(r('A long first cell that is a full sentence, so it is not a label.'))), tc(p(r('Other cell')))), tr(tc(p(r('Lonely single cell'))))) + p(r('After the table.'))
        'nested tables and tables in cells'    | tbl(tr(tc(p(r('Outer')), tbl(tr(tc(p(r('Inner Label'))), tc(p(r('inner value')))))), tc(p(r('right'))), tc('<w:sdt><w:sdtContent>' + p(r('control in a cell')) + '</w:sdtContent></w:sdt>')), tr(), tr(tc(p(r('Label Two'))), tc(tbl(tr(tc(p(r('deep'))))))))
        'numbered headings inside tables'      | tbl(tr(tc(numbered(1, 0, r('Numbered In Table'))), tc(styled('Heading1', r('HEADING IN TABLE')))))
        'section breaks and empty paragraphs'  | numbered(1, 0, r('The first clause has a full sentence of text.')) + '<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr><w:sectPr/></w:pPr></w:p>' + numbered(1, 0) + numbered(1, 0, r('The third one is numbered after an empty one.'))
        'bold and upper-case paragraphs'       | p(r('Confidentiality', '<w:b/>'), r(' ', '')) + p(r('Applies to both parties.')) + p(r('TERMINATION')) + p(r('All bold sentence, which is long.', '<w:b w:val="true"/>')) + p(r('Not bold', '<w:b w:val="0"/>'))
        'text in entities and CDATA'           | p('<w:r><w:t>Fish &amp; Chips &lt;Ltd&gt; &#8364;5 </w:t><w:t><![CDATA[in <CDATA>]]></w:t></w:r>')
    }

    def "a document without styles, numbering or notes reads as it did"() {
        given:
        def docx = WordPackage.docx(numbered(1, 0, r('Heading')) + styled('Heading1', r('Styled')) + p(r('Body.'), '<w:r><w:footnoteReference w:id="1"/></w:r>'),
                ['word/styles.xml': null, 'word/numbering.xml': null, 'word/footnotes.xml': null, 'word/endnotes.xml': null])

        expect:
        streamed(docx) == viaPoi(docx)
    }

    @Requires(value = { DocxCorpus.isPresent() }, reason = DocxCorpus.ABSENT)
    def "every .docx of the shared corpus reads as it did through POI: #name"() {
        given:
        byte[] docx = Files.readAllBytes(path)

        expect:
        streamed(docx) == viaPoi(docx)

        where:
        path << corpusFiles()
        name = path.fileName.toString()
    }

    static List<Path> corpusFiles() {
        Path contracts = CorpusReviewSpec.corpus()?.resolve('contracts')
        List<Path> files = DocxCorpus.allDocx().collect { DocxCorpus.features().resolve(it) }
        if (contracts != null) {
            files += Files.list(contracts).withCloseable { s -> s.filter { it.toString().endsWith('.docx') }.sorted().toList() }
        }
        files
    }
}
