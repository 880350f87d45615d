package io.clausewarden.review

import groovy.json.JsonSlurper
import groovy.xml.XmlSlurper
import io.clausewarden.testing.LibreOfficeReader
import io.clausewarden.testing.PoiReader
import io.clausewarden.testing.ServerSpec
import io.clausewarden.testing.TestTenants
import io.micronaut.context.ApplicationContext
import io.micronaut.http.HttpRequest
import io.micronaut.http.HttpResponse
import io.micronaut.http.MediaType
import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import io.micronaut.http.client.exceptions.HttpClientResponseException
import io.micronaut.http.client.multipart.MultipartBody
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import org.apache.poi.xwpf.usermodel.XWPFDocument
import spock.lang.Requires
import spock.lang.Shared

@MicronautTest(environments = ['postgres'], transactional = false)
class RedlineApiSpec extends ServerSpec {
    static final MediaType DOCX = MediaType.of('application/vnd.openxmlformats-officedocument.wordprocessingml.document')
    static final String GOVERNING_LAW = 'This Agreement is governed by the laws of the State of Texas.'
    static final String LIABILITY = 'Each party\'s total liability will not exceed the fees paid in the three (3) months before the claim.'

    @Inject
    ApplicationContext context

    @Inject
    @Client('/')
    HttpClient client

    @Shared
    TestTenants.Member lawyer
    @Shared
    Map report

    def setup() {
        if (lawyer == null) {
            lawyer = TestTenants.create(context, client)
            report = upload(lawyer, contract())
        }
    }

    def "the redlined document carries our tracked changes, and accepting them gives the suggested text"() {
        when:
        byte[] redlined = redline(lawyer, report.id as String)
        PoiReader poi = PoiReader.read(redlined)
        List<Map> edits = editable(report)

        then:
        !edits.isEmpty()
        poi.trackedChanges.every { it.author == 'Clausewarden — Firm Playbook' }
        poi.trackedChanges*.type.containsAll(['insertion', 'deletion'])
        poi.duplicateRevisionIds.isEmpty()
        edits.every { e -> poi.acceptedParagraphs.any { it.contains(e.suggestedText as String) } }

        and: 'rejecting them gives back the original'
        poi.rejectedParagraphs.contains(GOVERNING_LAW)
        poi.rejectedParagraphs.contains(LIABILITY)
    }

    def "only the changed words are tracked, with the original formatting kept"() {
        when:
        def document = new XWPFDocument(new ByteArrayInputStream(redline(lawyer, report.id as String)))
        def liability = document.paragraphs.find { it.text.contains('total liability') }
        String xml = liability.CTP.xmlText()
        String deleted = (xml =~ /<w:delText[^>]*>([^<]*)<\/w:delText>/).collect { it[1] }.join('|')

        then: 'the cap changed from three to twelve months, and the rest of the sentence is untouched'
        deleted.contains('three') && deleted.contains('3')
        !deleted.contains('party') && !deleted.contains('liability') && !deleted.contains('months')
        xml.contains('twelve')

        and: 'the bold run stays bold'
        liability.runs.find { it.text().contains('total liability') }?.bold
    }

    @Requires(value = { LibreOfficeReader.isAvailable() }, reason = 'LibreOffice (soffice) is not installed')
    def "LibreOffice opens the redlined document and sees our tracked changes"() {
        when:
        LibreOfficeReader office = LibreOfficeReader.read(redline(lawyer, report.id as String))

        then:
        !office.trackedChanges.isEmpty()
        office.trackedChanges.every { it.author == 'Clausewarden — Firm Playbook' }
        editable(report).every { e -> office.acceptedParagraphs.any { it.contains(e.suggestedText as String) } }
        office.rejectedParagraphs.contains(GOVERNING_LAW)
    }

    def "a missing clause is inserted as tracked paragraphs where its placement says"() {
        given:
        Map missing = report.findings.find { it.position == 'missing' && it.placement }

        when:
        PoiReader poi = PoiReader.read(redline(lawyer, report.id as String, missing.id as String))
        int at = poi.acceptedParagraphs.indexOf(missing.suggestedText as String)

        then: 'the contract has governing law and liability only: the clause goes at the end of the body, after liability'
        missing.placement.afterClauseIndex == 1
        at >= 2
        poi.acceptedParagraphs[at - 2] == LIABILITY
        poi.acceptedParagraphs[at - 1] == missing.placement.heading
        !poi.rejectedParagraphs.contains(missing.suggestedText as String)
        poi.rejectedParagraphs.contains(LIABILITY)
        poi.trackedChanges.every { it.type == 'insertion' && it.author == 'Clausewarden — Firm Playbook' }
    }

    def "a subset of findings can be applied"() {
        given:
        Map governingLaw = editable(report).find { it.clauseType == 'governing_law' }

        when:
        PoiReader poi = PoiReader.read(redline(lawyer, report.id as String, governingLaw.id as String))

        then:
        poi.acceptedParagraphs.contains(governingLaw.suggestedText)
        poi.acceptedParagraphs.contains(LIABILITY)
    }

    def "the firm chooses the author shown on tracked changes"() {
        given:
        def firm = TestTenants.create(context, client)
        client.toBlocking().exchange(HttpRequest.PUT('/api/v1/tenant/settings', [redlineAuthor: 'Smith & Co — Playbook'])
                .bearerAuth(firm.token), Map)
        Map own = upload(firm, contract())

        expect:
        PoiReader.read(redline(firm, own.id as String)).trackedChanges.every { it.author == 'Smith & Co — Playbook' }
    }

    def "one finding comes as a Flat-OPC package with the tracked change, and as text operations"() {
        given:
        Map finding = editable(report).find { it.clauseType == 'limitation_of_liability' }

        when:
        String ooxml = client.toBlocking().retrieve(HttpRequest.GET("/api/v1/reviews/${report.id}/findings/${finding.id}/ooxml")
                .bearerAuth(lawyer.token), String)
        List<Map> operations = client.toBlocking().retrieve(HttpRequest.GET("/api/v1/reviews/${report.id}/findings/${finding.id}/operations")
                .bearerAuth(lawyer.token), List)
        def pkg = new XmlSlurper().parseText(ooxml)

        then:
        pkg.name() == 'package'
        ooxml.contains('w:ins') && ooxml.contains('w:del')
        ooxml.contains('w:author="Clausewarden — Firm Playbook"')
        apply(finding.quote as String, operations) == finding.suggestedText
    }

    def "a review made from text has no Word document to redline"() {
        given:
        Map textReview = client.toBlocking().retrieve(HttpRequest.POST('/api/v1/reviews', [text: GOVERNING_LAW])
                .bearerAuth(lawyer.token), Map)

        when:
        client.toBlocking().exchange(HttpRequest.GET("/api/v1/reviews/${textReview.id}/redline.docx").bearerAuth(lawyer.token), byte[])

        then:
        HttpClientResponseException e = thrown()
        e.status.code == 409
        new JsonSlurper().parseText(e.response.getBody(String).get()).type == 'urn:clausewarden:problem:conflict'
    }

    def "another firm cannot download the redline"() {
        given:
        def otherFirm = TestTenants.create(context, client)

        when:
        client.toBlocking().exchange(HttpRequest.GET("/api/v1/reviews/${report.id}/redline.docx").bearerAuth(otherFirm.token), byte[])

        then:
        HttpClientResponseException e = thrown()
        e.status.code == 404
    }

    private static List<Map> editable(Map report) {
        report.findings.findAll { it.quote && it.suggestedText && it.suggestedText != it.quote }
    }

    private static String apply(String quote, List<Map> operations) {
        StringBuilder text = new StringBuilder(quote)
        operations.each { op ->
            if (op.op == 'delete') {
                text.delete(op.offset as int, (op.offset as int) + (op.length as int))
            } else {
                text.insert(op.offset as int, op.text as String)
            }
        }
        text.toString()
    }

    private Map upload(TestTenants.Member member, byte[] docx) {
        MultipartBody body = MultipartBody.builder().addPart('file', 'contract.docx', DOCX, docx).build()
        client.toBlocking().retrieve(HttpRequest.POST('/api/v1/reviews', body)
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE).bearerAuth(member.token), Map)
    }

    private byte[] redline(TestTenants.Member member, String id, String findings = null) {
        String query = findings ? "?findings=${findings}" : ''
        HttpResponse<byte[]> response = client.toBlocking().exchange(
                HttpRequest.GET("/api/v1/reviews/${id}/redline.docx${query}").bearerAuth(member.token), byte[])
        assert response.contentType.get().toString() == DOCX.toString()
        response.body()
    }

    private static byte[] contract() {
        XWPFDocument document = new XWPFDocument()
        heading(document, 'Governing Law')
        document.createParagraph().createRun().text = GOVERNING_LAW
        heading(document, 'Limitation of Liability')
        def paragraph = document.createParagraph()
        paragraph.createRun().text = 'Each party\'s '
        def bold = paragraph.createRun()
        bold.bold = true
        bold.text = 'total liability'
        paragraph.createRun().text = LIABILITY.substring('Each party\'s total liability'.length())
        def out = new ByteArrayOutputStream()
        document.write(out)
        out.toByteArray()
    }

    private static void heading(XWPFDocument document, String text) {
        def paragraph = document.createParagraph()
        paragraph.style = 'Heading1'
        paragraph.createRun().text = text
    }
}
