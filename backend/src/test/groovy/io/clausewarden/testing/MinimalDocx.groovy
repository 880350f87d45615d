package io.clausewarden.testing

import java.nio.charset.StandardCharsets
import java.util.zip.ZipEntry
import java.util.zip.ZipOutputStream

/** Builds the smallest .docx Word opens around a given {@code w:body} content, as raw OOXML parts in a zip. */
class MinimalDocx {

    static byte[] withBody(String bodyXml) {
        Map<String, String> parts = [
                '[Content_Types].xml': '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
</Types>''',
                '_rels/.rels'        : '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>''',
                'word/document.xml'  : """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${bodyXml}<w:sectPr/></w:body></w:document>""",
        ]
        def bytes = new ByteArrayOutputStream()
        new ZipOutputStream(bytes).withCloseable { zip ->
            parts.each { name, xml ->
                zip.putNextEntry(new ZipEntry(name))
                zip.write(xml.getBytes(StandardCharsets.UTF_8))
                zip.closeEntry()
            }
        }
        bytes.toByteArray()
    }

    /** A run of plain text. */
    static String run(String text) {
        "<w:r><w:t xml:space=\"preserve\">${escape(text)}</w:t></w:r>"
    }

    static String inserted(int id, String author, String date, String text) {
        "<w:ins w:id=\"${id}\" w:author=\"${escape(author)}\" w:date=\"${date}\">${run(text)}</w:ins>"
    }

    static String deleted(int id, String author, String date, String text) {
        "<w:del w:id=\"${id}\" w:author=\"${escape(author)}\" w:date=\"${date}\">" +
                "<w:r><w:delText xml:space=\"preserve\">${escape(text)}</w:delText></w:r></w:del>"
    }

    static String paragraph(String... content) {
        "<w:p>${content.join('')}</w:p>"
    }

    private static String escape(String text) {
        text.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;').replace('"', '&quot;')
    }
}
