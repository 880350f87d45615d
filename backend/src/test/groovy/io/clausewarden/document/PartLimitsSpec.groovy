package io.clausewarden.document

import io.clausewarden.document.config.DocumentLimitsProperties
import io.micronaut.context.exceptions.ConfigurationException
import java.nio.charset.StandardCharsets
import java.time.Duration
import java.util.concurrent.CountDownLatch
import java.util.concurrent.TimeUnit
import spock.lang.Specification

import static io.clausewarden.document.WordPackage.*

/** Each part of a .docx, and each paragraph, is held to an explicit limit before and while it is read. */
class PartLimitsSpec extends Specification {
    static final long KIB = 1024

    DocumentLimits limits = DocumentLimits.defaults().withPartLimits(64 * KIB, 256 * KIB)

    private DocumentRejectedException refusal(byte[] docx, DocumentLimits limits = this.limits) {
        try {
            new DocumentReader(limits).read('upload.docx', docx)
            return null
        } catch (DocumentRejectedException e) {
            return e
        }
    }

    private static byte[] withPart(String name, byte[] content) {
        Map<String, byte[]> parts = [:]
        new java.util.zip.ZipInputStream(new ByteArrayInputStream(WordPackage.docx(p(r('Short clause text.')))))
                .withCloseable { zip -> def e; while ((e = zip.nextEntry) != null) { parts[e.name] = zip.readAllBytes() } }
        parts[name] = content
        WordPackage.zip(parts)
    }

    private static byte[] xml(int bytes) {
        String filler = '<w:p><w:r><w:t>' + ('x' * (bytes)) + '</w:t></w:r></w:p>'
        "<w:styles ${W}>${filler}</w:styles>".getBytes(StandardCharsets.UTF_8)
    }

    private static byte[] random(int bytes) {
        byte[] b = new byte[bytes]
        new Random(3).nextBytes(b)
        b
    }

    def "an XML part that inflates past max-xml-part-bytes is refused, naming the limit and its value"() {
        when:
        def e = refusal(withPart(part, xml(100 * 1024)))

        then:
        e.reasonCode() == 'part_too_large'
        e.message.contains('clausewarden.limits.document.max-xml-part-bytes (65536)')
        e.message.contains(shownAs)

        where:
        part                      | shownAs
        'word/document.xml'       | 'the part word/document.xml'
        'word/styles.xml'         | 'the part word/styles.xml'
        'customXml/item-7.xml'    | 'an XML part'
    }

    def "a part name that is not a standard one is never repeated in the refusal"() {
        expect:
        !refusal(withPart('word/Tenant Secret-42.xml', xml(100 * 1024))).message.contains('Secret')
    }

    def "a media part that inflates past max-other-part-bytes is refused, naming that limit"() {
        when:
        def e = refusal(withPart('word/media/image1.png', random(300 * 1024)))

        then:
        e.reasonCode() == 'part_too_large'
        e.message.contains('clausewarden.limits.document.max-other-part-bytes (262144)')
    }

    def "parts within their limits are read"() {
        expect:
        refusal(withPart('word/media/image1.png', random(250 * 1024))) == null
        new DocumentReader(limits).read('upload.docx', withPart('word/media/image1.png', random(250 * 1024)))
                .clauses()*.text == ['Short clause text.']
    }

    def "a paragraph with more XML elements than max-block-nodes is refused"() {
        given:
        def small = DocumentLimits.defaults().withContentLimits(5000, 5_000_000, 1000)
        def docx = WordPackage.docx(p((1..600).collect { r("run ${it} ") } as String[]))

        when:
        def e = refusal(docx, small)

        then:
        e.reasonCode() == 'too_complex'
        e.message.contains('clausewarden.limits.document.max-block-nodes (1000)')
    }

    def "elements nested more than 1000 levels deep are refused"() {
        given:
        def docx = WordPackage.docx(p(('<w:smartTag w:uri="u" w:element="e">' * 1100) + r('deep') + ('</w:smartTag>' * 1100)))

        expect:
        refusal(docx, DocumentLimits.defaults()).reasonCode() == 'too_complex'
    }

    def "a DOCTYPE in any XML part is refused"() {
        given:
        def styles = "<?xml version=\"1.0\"?><!DOCTYPE w:styles [<!ENTITY e \"boom\">]><w:styles ${W}/>"

        expect:
        refusal(withPart('word/styles.xml', styles.getBytes(StandardCharsets.UTF_8))).reasonCode() == 'xml_doctype'
    }

    def "a container that names one entry twice is refused"() {
        given:
        def out = new ByteArrayOutputStream()
        def zip = new java.util.zip.ZipOutputStream(out)
        // ZipOutputStream refuses duplicate names, so the second copy is written as documenX and renamed in the bytes
        ['[Content_Types].xml', 'word/document.xml', 'word/documenX.xml'].each { name ->
            zip.putNextEntry(new java.util.zip.ZipEntry(name))
            zip.write("<w:document ${W}><w:body/></w:document>".bytes)
            zip.closeEntry()
        }
        zip.close()
        byte[] bytes = out.toByteArray()
        String text = new String(bytes, StandardCharsets.ISO_8859_1).replace('word/documenX.xml', 'word/document.xml')

        expect:
        refusal(text.getBytes(StandardCharsets.ISO_8859_1)).reasonCode() == 'not_docx'
    }

    def "a parse that finds every permit taken for the whole wait is refused as busy"() {
        given:
        def reader = new DocumentReader(DocumentLimits.defaults().withConcurrency(1, Duration.ofMillis(100)))
        def holding = new CountDownLatch(1)
        def release = new CountDownLatch(1)
        def holder = Thread.start { reader.withPermit { holding.countDown(); release.await(10, TimeUnit.SECONDS) } }
        holding.await(5, TimeUnit.SECONDS)

        when:
        reader.read('clause.txt', 'Each party keeps the other party\'s information confidential.'.bytes)

        then:
        DocumentsBusyException e = thrown()
        e.retryAfter() >= Duration.ofSeconds(1)
        e.message.contains('clausewarden.limits.document.concurrent-parses (1)')

        cleanup:
        release.countDown()
        holder.join(5000)
    }

    def "a parse waits for a permit that frees up within the wait"() {
        given:
        def reader = new DocumentReader(DocumentLimits.defaults().withConcurrency(1, Duration.ofSeconds(10)))
        def holding = new CountDownLatch(1)
        def holder = Thread.start { reader.withPermit { holding.countDown(); sleep(200) } }
        holding.await(5, TimeUnit.SECONDS)

        expect:
        reader.read('clause.txt', 'Each party keeps the other party\'s information confidential.'.bytes).clauses().size() == 1

        cleanup:
        holder.join(5000)
    }

    def "a configured limit that is not positive stops the server, naming the property and its environment variable"() {
        given:
        def properties = new DocumentLimitsProperties()
        properties."${setter}"(0)

        when:
        properties.toLimits()

        then:
        ConfigurationException e = thrown()
        e.message.contains(property)
        e.message.contains(variable)

        where:
        setter                 | property                                           | variable
        'setMaxXmlPartBytes'   | 'clausewarden.limits.document.max-xml-part-bytes'  | 'CLAUSEWARDEN_LIMITS_DOCUMENT_MAX_XML_PART_BYTES'
        'setMaxOtherPartBytes' | 'clausewarden.limits.document.max-other-part-bytes'| 'CLAUSEWARDEN_LIMITS_DOCUMENT_MAX_OTHER_PART_BYTES'
        'setConcurrentParses'  | 'clausewarden.limits.document.concurrent-parses'   | 'CLAUSEWARDEN_LIMITS_DOCUMENT_CONCURRENT_PARSES'
    }

    def "unset configuration gives the default limits"() {
        expect:
        new DocumentLimitsProperties().toLimits() == DocumentLimits.defaults()
    }
}
