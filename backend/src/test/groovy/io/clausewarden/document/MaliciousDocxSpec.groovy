package io.clausewarden.document

import java.util.zip.ZipEntry
import java.util.zip.ZipOutputStream
import org.apache.poi.xwpf.usermodel.XWPFDocument
import spock.lang.Specification

class MaliciousDocxSpec extends Specification {

    static final String CONTENT_TYPES = '''<?xml version="1.0" encoding="UTF-8"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="xml" ContentType="application/xml"/>
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
</Types>'''
    static final String DOCUMENT = '''<?xml version="1.0" encoding="UTF-8"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Hello</w:t></w:r></w:p></w:body></w:document>'''

    DocumentReader reader = new DocumentReader()

    /** Entries as name -> bytes (or a closure writing to the stream), in order. */
    private static byte[] zip(Map<String, Object> entries) {
        def out = new ByteArrayOutputStream()
        new ZipOutputStream(out).withCloseable { zip ->
            entries.each { name, content ->
                zip.putNextEntry(new ZipEntry(name))
                if (content instanceof Closure) {
                    content(zip)
                } else {
                    zip.write(content instanceof String ? content.getBytes('UTF-8') : content as byte[])
                }
                zip.closeEntry()
            }
        }
        out.toByteArray()
    }

    private String rejectionOf(byte[] bytes, String name = 'upload.docx', DocumentLimits limits = DocumentLimits.defaults()) {
        try {
            new DocumentReader(limits).read(name, bytes)
            return 'accepted'
        } catch (DocumentRejectedException e) {
            assert !e.message.contains('Hello'), 'messages never carry document text'
            return e.reasonCode()
        }
    }

    def "a zip bomb is rejected before the document is parsed"() {
        given: 'a part inflating 64 MiB of zeros from a few kilobytes'
        def bomb = zip(['[Content_Types].xml': CONTENT_TYPES, 'word/document.xml': DOCUMENT,
                        'word/media/filler.bin': { ZipOutputStream z ->
                            def chunk = new byte[1024 * 1024]
                            64.times { z.write(chunk) }
                        }])

        expect:
        bomb.length < 1024 * 1024
        rejectionOf(bomb) == 'zip_bomb'
    }

    def "more uncompressed content than allowed is rejected"() {
        given:
        def limits = DocumentLimits.defaults().withZipLimits(2000, 1024, 0.0001)
        def bytes = zip(['[Content_Types].xml': CONTENT_TYPES, 'word/document.xml': DOCUMENT + (' ' * 2048)])

        expect:
        rejectionOf(bytes, 'upload.docx', limits) == 'zip_bomb'
    }

    def "an XML part declaring a DOCTYPE (XXE) is rejected"() {
        given:
        def xxe = '''<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>'''
        def bytes = zip(['[Content_Types].xml': CONTENT_TYPES, 'word/document.xml': xxe])

        expect:
        rejectionOf(bytes) == 'xml_doctype'
    }

    def "a DOCTYPE spelled #spelling after #padding bytes of markup is rejected wherever the inflater splits it"() {
        given: 'padding that puts the declaration across the 16 KiB chunks the pre-scan reads'
        def xml = '<?xml version="1.0"?>' + ('<' * 3) + (' ' * padding) + spelling + ' w:document []>' + DOCUMENT
        def bytes = zip(['[Content_Types].xml': CONTENT_TYPES, 'word/document.xml': xml])

        expect:
        rejectionOf(bytes) == 'xml_doctype'

        where:
        spelling    | padding
        '<!DOCTYPE' | 0
        '<!doctype' | 16_384 - 26
        '<!DocType' | 16_384 - 28
        '<!DOCTYPE' | 3 * 16_384 - 30
    }

    def "markup that only resembles a DOCTYPE is read"() {
        given:
        def bytes = WordPackage.docx('<!-- <!DOCTYP --><!-- <<!doc -->' + WordPackage.p(WordPackage.r('Hello')))

        expect:
        rejectionOf(bytes) == 'accepted'
    }

    def "an entry name escaping the archive (#name) is rejected"() {
        given:
        def bytes = zip(['[Content_Types].xml': CONTENT_TYPES, 'word/document.xml': DOCUMENT, (name): 'x'])

        expect:
        rejectionOf(bytes) == 'path_traversal'

        where:
        name << ['../evil', 'word/../../evil.xml', '/etc/evil', 'C:/evil']
    }

    def "random bytes named .docx are rejected"() {
        given:
        def random = new byte[4096]
        new Random(42).nextBytes(random)

        expect:
        rejectionOf(random) == 'not_docx'
    }

    def "a zip header followed by garbage is rejected"() {
        given:
        def garbage = [0x50, 0x4B, 0x03, 0x04] as byte[]
        def random = new byte[512]
        new Random(7).nextBytes(random)

        expect:
        rejectionOf((garbage.toList() + random.toList()) as byte[]) == 'not_docx'
    }

    def "a zip without word/document.xml is rejected"() {
        expect:
        rejectionOf(zip(['[Content_Types].xml': CONTENT_TYPES, 'word/other.xml': DOCUMENT])) == 'missing_document_part'
    }

    def "too many zip entries are rejected"() {
        given:
        def limits = DocumentLimits.defaults().withZipLimits(10, 200L << 20, 0.01)
        def entries = ['[Content_Types].xml': CONTENT_TYPES, 'word/document.xml': DOCUMENT] as LinkedHashMap
        20.times { entries["word/extra${it}.xml".toString()] = '<x/>' }

        expect:
        rejectionOf(zip(entries), 'upload.docx', limits) == 'too_many_entries'
    }

    def "a file above the byte limit is rejected"() {
        given:
        def limits = DocumentLimits.defaults().withMaxBytes(100)

        expect:
        rejectionOf(new byte[101], 'upload.docx', limits) == 'too_large'
    }

    def "a document with more clauses than allowed is rejected"() {
        given:
        def limits = DocumentLimits.defaults().withContentLimits(3, 5_000_000, 200_000)
        def document = new XWPFDocument()
        5.times { document.createParagraph().createRun().setText("Clause number ${it} has some text.") }
        def out = new ByteArrayOutputStream()
        document.write(out)

        expect:
        rejectionOf(out.toByteArray(), 'upload.docx', limits) == 'too_many_clauses'
    }

    def "a well-formed minimal docx is accepted"() {
        expect:
        reader.read('ok.docx', zip(['[Content_Types].xml': CONTENT_TYPES, '_rels/.rels': RELS,
                                    'word/document.xml': DOCUMENT])).clauses()*.text == ['Hello']
    }

    static final String RELS = '''<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>'''
}
