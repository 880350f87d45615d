package io.clausewarden.document

import java.nio.charset.StandardCharsets
import java.util.zip.ZipEntry
import java.util.zip.ZipOutputStream

/**
 * Large .docx files made on the fly: an XML part of a chosen inflated size that compresses like Word's own
 * markup (about 9:1, so no ratio check catches it), and a reviewable contract carrying a large image.
 */
class LargeDocx {
    static final String W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    static final String RPR = '<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman"/>' +
            '<w:sz w:val="24"/><w:szCs w:val="24"/><w:lang w:val="en-GB"/></w:rPr>'

    /** A package whose {@code part} (word/document.xml, word/styles.xml, ...) inflates to at least {@code inflated} bytes. */
    static byte[] withXmlPart(String part, long inflated) {
        def out = new ByteArrayOutputStream()
        new ZipOutputStream(out).withCloseable { zip ->
            entry(zip, '[Content_Types].xml', contentTypes())
            entry(zip, '_rels/.rels', RELS)
            if (part != 'word/document.xml') {
                entry(zip, 'word/document.xml', "<w:document ${W}><w:body><w:p><w:r><w:t>Short.</w:t></w:r></w:p></w:body></w:document>")
            }
            zip.putNextEntry(new ZipEntry(part))
            String root = part == 'word/document.xml' ? 'document' : 'styles'
            write(zip, "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:${root} ${W}>" + (root == 'document' ? '<w:body>' : ''))
            Random random = new Random(7)
            List<String> vocabulary = (1..2000).collect { word(random) }
            long written = 0
            StringBuilder chunk = new StringBuilder()
            while (written < inflated) {
                chunk.setLength(0)
                while (chunk.length() < 64 * 1024) {
                    String words = (1..12).collect { vocabulary[random.nextInt(vocabulary.size())] }.join(' ')
                    String rsid = String.format('%08X', random.nextInt())
                    chunk << "<w:p w:rsidR=\"${rsid}\" w:rsidRDefault=\"00A1B2C3\"><w:pPr><w:spacing w:after=\"120\"/><w:jc w:val=\"both\"/></w:pPr>" <<
                            "<w:r>${RPR}<w:t xml:space=\"preserve\">${words}. </w:t></w:r><w:r>${RPR}<w:t>${vocabulary[random.nextInt(2000)]}.</w:t></w:r></w:p>"
                }
                written += write(zip, chunk.toString())
            }
            write(zip, (root == 'document' ? '</w:body>' : '') + "</w:${root}>")
            zip.closeEntry()
        }
        out.toByteArray()
    }

    /** A short contract whose body shows an image of {@code imageBytes} bytes that do not compress (like a photo). */
    static byte[] withImage(int imageBytes) {
        byte[] image = new byte[imageBytes]
        new Random(11).nextBytes(image)
        String body = WordPackage.styled('Heading1', WordPackage.r('Governing Law')) +
                WordPackage.p(WordPackage.r('This Agreement is governed by the laws of the State of Texas.')) +
                WordPackage.p('<w:r><w:drawing><wp:inline><wp:docPr w:id="1" name="Site plan"/></wp:inline></w:drawing></w:r>') +
                WordPackage.styled('Heading1', WordPackage.r('Limitation of Liability')) +
                WordPackage.p(WordPackage.r('Liability of each party is unlimited.'))
        Map<String, byte[]> parts = unzip(WordPackage.docx(body))
        parts['word/media/image1.png'] = image
        WordPackage.zip(parts)
    }

    private static Map<String, byte[]> unzip(byte[] docx) {
        Map<String, byte[]> parts = [:]
        new java.util.zip.ZipInputStream(new ByteArrayInputStream(docx)).withCloseable { zip ->
            def entry
            while ((entry = zip.nextEntry) != null) {
                parts[entry.name] = zip.readAllBytes()
            }
        }
        parts
    }

    private static String contentTypes() {
        new String(unzip(WordPackage.docx(''))['[Content_Types].xml'], StandardCharsets.UTF_8)
    }

    static final String RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="${WordPackage.REL}/officeDocument" Target="word/document.xml"/>
</Relationships>"""

    private static String word(Random random) {
        int length = 3 + random.nextInt(7)
        (1..length).collect { ((char) (97 + random.nextInt(26))).toString() }.join('')
    }

    private static void entry(ZipOutputStream zip, String name, String text) {
        zip.putNextEntry(new ZipEntry(name))
        write(zip, text)
        zip.closeEntry()
    }

    private static int write(ZipOutputStream zip, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8)
        zip.write(bytes)
        bytes.length
    }
}
