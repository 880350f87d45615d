package io.clausewarden.document

import java.nio.charset.StandardCharsets
import java.util.zip.ZipEntry
import java.util.zip.ZipOutputStream

/**
 * Writes a .docx from raw WordprocessingML: a body, and styles, numbering, footnotes and endnotes that
 * exercise headings, style-linked and direct numbering and notes.
 */
class WordPackage {
    static final String W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    static final String REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'

    static final String STYLES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles ${W}>
<w:style w:type="paragraph" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Article"><w:name w:val="Article"/><w:pPr><w:numPr><w:numId w:val="2"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Section"><w:name w:val="Section"/><w:basedOn w:val="Article"/><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="2"/></w:numPr><w:outlineLvl w:val="1"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Body2"><w:name w:val="Body Two"/><w:basedOn w:val="Heading2"/></w:style>
<w:style w:type="paragraph" w:styleId="BodyText"><w:name w:val="Body Text"/><w:pPr><w:outlineLvl w:val="9"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="ClauseTitle"><w:name w:val="Clause Title"/><w:basedOn w:val="Heading1"/></w:style>
<w:style w:type="paragraph" w:styleId="Strong"><w:name w:val="Strong Paragraph"/><w:rPr><w:b/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="duplicate, ignored"/></w:style>
</w:styles>"""

    static final String NUMBERING = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering ${W}>
<w:abstractNum w:abstractNumId="0">
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/></w:lvl>
<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="(%3)"/></w:lvl>
<w:lvl w:ilvl="3"><w:start w:val="1"/><w:numFmt w:val="lowerRoman"/><w:lvlText w:val="(%4)"/></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="1">
<w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="2">
<w:lvl w:ilvl="0"><w:start w:val="4"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="ARTICLE %1"/></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="upperLetter"/><w:lvlText w:val="%1.%2."/></w:lvl>
</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="2"/></w:num>
<w:num w:numId="3"><w:abstractNumId w:val="1"/></w:num>
<w:num w:numId="4"><w:abstractNumId w:val="0"/></w:num>
</w:numbering>"""

    static final String FOOTNOTES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:footnotes ${W}>
<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>
<w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> See Schedule 2.</w:t></w:r></w:p></w:footnote>
<w:footnote w:id="2"><w:p><w:r><w:t>First line.</w:t></w:r></w:p><w:p><w:r><w:t>Second line.</w:t></w:r><w:del><w:r><w:delText>gone</w:delText></w:r></w:del></w:p></w:footnote>
</w:footnotes>"""

    static final String ENDNOTES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:endnotes ${W}>
<w:endnote w:id="1"><w:p><w:r><w:t>An endnote.</w:t></w:r></w:p></w:endnote>
</w:endnotes>"""

    /** A package around {@code body}; {@code parts} adds or replaces parts by name (null removes one). */
    static byte[] docx(String body, Map<String, String> parts = [:]) {
        Map<String, String> all = [
                '[Content_Types].xml'         : '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Default Extension="png" ContentType="image/png"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>
<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>
<Override PartName="/word/endnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml"/>
</Types>''',
                '_rels/.rels'                 : """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/>
</Relationships>""",
                'word/_rels/document.xml.rels': """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="${REL}/styles" Target="styles.xml"/>
<Relationship Id="rId2" Type="${REL}/numbering" Target="numbering.xml"/>
<Relationship Id="rId3" Type="${REL}/footnotes" Target="footnotes.xml"/>
<Relationship Id="rId4" Type="${REL}/endnotes" Target="endnotes.xml"/>
</Relationships>""",
                'word/document.xml'           : """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document ${W} xmlns:r="${REL}" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:v="urn:schemas-microsoft-com:vml"><w:body>${body}<w:sectPr/></w:body></w:document>""",
                'word/styles.xml'             : STYLES,
                'word/numbering.xml'          : NUMBERING,
                'word/footnotes.xml'          : FOOTNOTES,
                'word/endnotes.xml'           : ENDNOTES,
        ]
        parts.each { name, xml -> xml == null ? all.remove(name) : all.put(name, xml) }
        zip(all.collectEntries { k, v -> [(k): v.getBytes(StandardCharsets.UTF_8)] } as Map<String, byte[]>)
    }

    static byte[] zip(Map<String, byte[]> entries, int level = 6) {
        def bytes = new ByteArrayOutputStream()
        new ZipOutputStream(bytes).withCloseable { zip ->
            zip.level = level
            entries.each { name, content ->
                zip.putNextEntry(new ZipEntry(name))
                zip.write(content)
                zip.closeEntry()
            }
        }
        bytes.toByteArray()
    }

    static String p(String... content) {
        "<w:p>${content.join('')}</w:p>"
    }

    static String styled(String style, String... content) {
        "<w:p><w:pPr><w:pStyle w:val=\"${style}\"/></w:pPr>${content.join('')}</w:p>"
    }

    static String numbered(int numId, int ilvl, String... content) {
        "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"${ilvl}\"/><w:numId w:val=\"${numId}\"/></w:numPr></w:pPr>${content.join('')}</w:p>"
    }

    static String r(String text, String props = '') {
        "<w:r>${props ? "<w:rPr>${props}</w:rPr>" : ''}<w:t xml:space=\"preserve\">${escape(text)}</w:t></w:r>"
    }

    static String tc(String... content) {
        "<w:tc><w:tcPr><w:tcW w:w=\"2000\" w:type=\"dxa\"/></w:tcPr>${content.join('')}</w:tc>"
    }

    static String tr(String... cells) {
        "<w:tr>${cells.join('')}</w:tr>"
    }

    static String tbl(String... rows) {
        "<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr>${rows.join('')}</w:tbl>"
    }

    static String escape(String text) {
        text.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
    }
}
