package io.clausewarden.testing

import spock.lang.Specification

/** How LibreOfficeReader reads ODT content.xml; needs no LibreOffice installed. */
class LibreOfficeContentSpec extends Specification {

    private static LibreOfficeReader content(String regions, String body) {
        new LibreOfficeReader("""<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
    xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
    xmlns:dc="http://purl.org/dc/elements/1.1/"><office:body><office:text>
<text:tracked-changes>${regions}</text:tracked-changes>${body}</office:text></office:body></office:document-content>""")
    }

    private static String region(String id, String type, String author, String content = '') {
        "<text:changed-region text:id=\"${id}\"><text:${type}><office:change-info><dc:creator>${author}</dc:creator>" +
                "<dc:date>2024-05-01T10:00:00</dc:date></office:change-info>${content}</text:${type}></text:changed-region>"
    }

    def "a deletion holding a paragraph break splits the paragraph when rejected"() {
        given: 'a whole paragraph deleted: its text and its break live in the region'
        def reader = content(region('d1', 'deletion', 'A', '<text:p>Old clause.</text:p><text:p/>'),
                '<text:p>Before.</text:p><text:p><text:change text:change-id="d1"/>After.</text:p>')

        expect:
        reader.acceptedParagraphs == ['Before.', 'After.']
        reader.rejectedParagraphs == ['Before.', 'Old clause.', 'After.']
    }

    def "an insertion across a paragraph break joins the paragraphs when rejected"() {
        given:
        def reader = content(region('i1', 'insertion', 'A'),
                '<text:p>Before.<text:change-start text:change-id="i1"/></text:p><text:p>New clause.<text:change-end text:change-id="i1"/></text:p><text:p>After.</text:p>')

        expect:
        reader.acceptedParagraphs == ['Before.', 'New clause.', 'After.']
        reader.rejectedParagraphs == ['Before.', 'After.']
    }

    def "a deletion of inserted text is in neither view"() {
        given: 'LibreOffice stacks both changes in one region'
        def regions = region('i1', 'insertion', 'A') +
                '<text:changed-region text:id="d1"><text:deletion><office:change-info><dc:creator>B</dc:creator></office:change-info>' +
                '<text:p>in full </text:p></text:deletion><text:insertion><office:change-info><dc:creator>A</dc:creator></office:change-info></text:insertion></text:changed-region>'
        def reader = content(regions, '<text:p>Pay <text:change-start text:change-id="i1"/>promptly <text:change-end text:change-id="i1"/><text:change text:change-id="d1"/>on time.</text:p>')

        expect:
        reader.acceptedParagraphs == ['Pay promptly on time.']
        reader.rejectedParagraphs == ['Pay on time.']
        reader.trackedChanges*.type == ['insertion', 'deletion', 'insertion']
        reader.trackedChanges*.author == ['A', 'B', 'A']
    }

    def "spaces, tabs and line breaks are text; footnotes are not"() {
        given:
        def reader = content('', '<text:p>a<text:s text:c="3"/>b<text:tab/>c<text:line-break/>d<text:note><text:note-citation>1</text:note-citation>' +
                '<text:note-body><text:p>Footnote.</text:p></text:note-body></text:note></text:p>')

        expect:
        reader.acceptedParagraphs == ['a   b\tc\nd']
    }

    def "tables, rows, lists and list levels are counted"() {
        given:
        def reader = content('', '<table:table><table:table-row><table:table-cell><text:p>x</text:p></table:table-cell></table:table-row>' +
                '<table:table-row><table:table-cell><text:p>y</text:p></table:table-cell></table:table-row></table:table>' +
                '<text:list><text:list-item><text:p>1</text:p><text:list><text:list-item><text:p>1.1</text:p></text:list-item></text:list></text:list-item></text:list>' +
                '<text:h>Heading</text:h>')

        expect:
        reader.tableCount == 1
        reader.tableRowCount == 2
        reader.listCount == 2
        reader.listLevels == [1, 2]
        reader.headingCount == 1
        reader.acceptedParagraphs == ['x', 'y', '1', '1.1', 'Heading']
    }

    def "a document type declaration is refused"() {
        when:
        new LibreOfficeReader('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>')

        then:
        thrown(Exception)
    }
}
