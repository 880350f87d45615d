package io.clausewarden.testing

import static io.clausewarden.testing.MinimalDocx.deleted
import static io.clausewarden.testing.MinimalDocx.inserted
import static io.clausewarden.testing.MinimalDocx.paragraph
import static io.clausewarden.testing.MinimalDocx.run

/** Small redlined documents built from raw OOXML, each with the text expected with all changes accepted and rejected. */
class RedlineSamples {

    static final String AUTHOR = 'Clausewarden'
    static final String DATE = '2024-05-01T10:00:00Z'

    /** One paragraph with a deletion and an insertion by {@link #AUTHOR}, then a plain paragraph. */
    static final String DELIVERY_BODY = paragraph(run('The Supplier shall deliver within '),
            deleted(1, AUTHOR, DATE, 'thirty (30)'), inserted(2, AUTHOR, DATE, 'fifteen (15)'), run(' days.')) +
            paragraph(run('Payment is due on receipt.'))

    static byte[] delivery() {
        MinimalDocx.withBody(DELIVERY_BODY)
    }

    /** A paragraph inserted whole: its text and its paragraph mark are tracked insertions. */
    static String insertedParagraph(int id, String text) {
        "<w:p><w:pPr><w:rPr><w:ins w:id=\"${id}\" w:author=\"${AUTHOR}\" w:date=\"${DATE}\"/></w:rPr></w:pPr>" +
                inserted(id + 1, AUTHOR, DATE, text) + '</w:p>'
    }

    /** A paragraph deleted whole: its text and its paragraph mark are tracked deletions. */
    static String deletedParagraph(int id, String text) {
        "<w:p><w:pPr><w:rPr><w:del w:id=\"${id}\" w:author=\"${AUTHOR}\" w:date=\"${DATE}\"/></w:rPr></w:pPr>" +
                deleted(id + 1, AUTHOR, DATE, text) + '</w:p>'
    }

    static String table(List<List<String>> rows) {
        '<w:tbl><w:tblPr/><w:tblGrid><w:gridCol w:w="3000"/></w:tblGrid>' +
                rows.collect { cells -> '<w:tr>' + cells.collect { "<w:tc><w:tcPr/>${it}</w:tc>" }.join('') + '</w:tr>' }.join('') +
                '</w:tbl>'
    }

    /** Redline constructs: the body, then the paragraphs expected with all changes accepted and with all rejected. */
    static final List<List> CONSTRUCTS = [
            ['insertion and deletion in one paragraph', DELIVERY_BODY,
             ['The Supplier shall deliver within fifteen (15) days.', 'Payment is due on receipt.'],
             ['The Supplier shall deliver within thirty (30) days.', 'Payment is due on receipt.']],
            ['an inserted paragraph', paragraph(run('Before.')) + insertedParagraph(1, 'New clause.') + paragraph(run('After.')),
             ['Before.', 'New clause.', 'After.'],
             ['Before.', 'After.']],
            ['a deleted paragraph', paragraph(run('Before.')) + deletedParagraph(1, 'Old clause.') + paragraph(run('After.')),
             ['Before.', 'After.'],
             ['Before.', 'Old clause.', 'After.']],
            ['a deletion of inserted text', paragraph(run('Pay '),
                    "<w:ins w:id=\"1\" w:author=\"${AUTHOR}\" w:date=\"${DATE}\">${run('promptly ')}</w:ins>",
                    "<w:ins w:id=\"2\" w:author=\"${AUTHOR}\" w:date=\"${DATE}\"><w:del w:id=\"3\" w:author=\"Counsel\" w:date=\"${DATE}\"><w:r><w:delText xml:space=\"preserve\">in full </w:delText></w:r></w:del></w:ins>",
                    run('on time.')),
             ['Pay promptly on time.'],
             ['Pay on time.']],
            ['changes in a table cell', table([[paragraph(run('Fee: '), deleted(1, AUTHOR, DATE, '100'), inserted(2, AUTHOR, DATE, '90'))],
                                               [paragraph(run('Term: 1 year'))]]) + paragraph(),
             ['Fee: 90', 'Term: 1 year', ''],
             ['Fee: 100', 'Term: 1 year', '']],
    ].asImmutable()
}
