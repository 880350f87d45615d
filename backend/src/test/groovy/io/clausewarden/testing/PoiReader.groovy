package io.clausewarden.testing

import groovy.transform.CompileStatic
import java.nio.file.Files
import java.nio.file.Path
import javax.xml.namespace.QName
import org.apache.poi.xwpf.usermodel.XWPFDocument
import org.apache.xmlbeans.XmlCursor
import org.apache.xmlbeans.XmlObject

/**
 * Reads a .docx with Apache POI and works out, from the OOXML of {@code w:body} (paragraphs and table cells in
 * document order), the text with all tracked changes accepted and with all rejected, and the tracked changes
 * themselves. Independent of the production code: it only uses POI's {@link XWPFDocument} and an XML cursor.
 *
 * <p>Accepting keeps {@code w:ins}/{@code w:moveTo} text and drops {@code w:del}/{@code w:moveFrom} text;
 * rejecting does the opposite. A deleted paragraph mark ({@code w:pPr/w:rPr/w:del}) joins the paragraph to the next
 * when accepting, an inserted one when rejecting; a table row marked deleted or inserted ({@code w:trPr/w:del},
 * {@code w:trPr/w:ins}) counts as deleted or inserted content. Not read: headers, footers, footnotes, comments, text
 * boxes and {@code mc:AlternateContent}, field instructions.
 *
 * <p>Compiled statically: Groovy's dynamic dispatch would introspect POI's schema classes, some of which are not in
 * poi-ooxml-lite.
 */
@CompileStatic
class PoiReader {

    static final String W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'

    /** Revision elements and the change type they stand for. */
    static final Map<String, String> REVISIONS = [
            ins: 'insertion', moveTo: 'insertion', cellIns: 'insertion',
            del: 'deletion', moveFrom: 'deletion', cellDel: 'deletion',
            rPrChange: 'format-change', pPrChange: 'format-change', sectPrChange: 'format-change',
            tblPrChange: 'format-change', trPrChange: 'format-change', tcPrChange: 'format-change',
            tblPrExChange: 'format-change', tblGridChange: 'format-change', numberingChange: 'format-change', cellMerge: 'format-change',
    ].asImmutable()

    /** Elements whose content is not document text (properties, field instructions, drawings, references). */
    private static final Set<String> SKIPPED = ['pPr', 'rPr', 'sectPr', 'tblPr', 'tblGrid', 'trPr', 'tcPr', 'sdtPr',
                                                'sdtEndPr', 'instrText', 'delInstrText', 'drawing', 'pict', 'object',
                                                'txbxContent', 'footnoteReference', 'endnoteReference',
                                                'commentReference', 'fldChar', 'annotationRef'] as Set

    private static final QName ID = new QName(W, 'id')
    private static final QName AUTHOR = new QName(W, 'author')
    private static final QName DATE = new QName(W, 'date')
    private static final QName VAL = new QName(W, 'val')
    private static final QName TYPE = new QName(W, 'type')

    /** Tracked changes in document order. */
    final List<TrackedChange> trackedChanges
    /** Paragraph texts (body and table cells, document order) with all changes accepted. */
    final List<String> acceptedParagraphs
    /** Paragraph texts with all changes rejected. */
    final List<String> rejectedParagraphs
    /** Number of {@code w:tbl} and {@code w:tr} in the body. */
    final int tableCount
    final int tableRowCount
    /** The list level (1 = top) of every paragraph with direct numbering ({@code w:numPr}, numId not 0), in order. */
    final List<Integer> listLevels

    private final TrackedText text = new TrackedText()
    private int tables
    private int rows
    private final List<Integer> levels = []

    static PoiReader read(Path docx) {
        read(Files.readAllBytes(docx))
    }

    static PoiReader read(byte[] docx) {
        XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))
        try {
            new PoiReader(document)
        } finally {
            document.close()
        }
    }

    PoiReader(XWPFDocument document) {
        // typed as XmlObject: the schema classes' signatures name types that poi-ooxml-lite leaves out
        XmlObject root = document.document
        XmlCursor cursor = bodyCursor(root)
        try {
            children(cursor, false, false, false)
        } finally {
            cursor.dispose()
        }
        trackedChanges = collectChanges(bodyCursor(root)).asImmutable()
        acceptedParagraphs = text.paragraphs(true).asImmutable()
        rejectedParagraphs = text.paragraphs(false).asImmutable()
        tableCount = tables
        tableRowCount = rows
        listLevels = levels.asImmutable()
    }

    private static XmlCursor bodyCursor(XmlObject document) {
        XmlCursor cursor = document.newCursor()
        if (!cursor.toChild(W, 'body')) {
            cursor.dispose()
            throw new IllegalArgumentException('no w:body in the main document part')
        }
        cursor
    }

    String getAcceptedText() {
        acceptedParagraphs.join('\n')
    }

    String getRejectedText() {
        rejectedParagraphs.join('\n')
    }

    boolean hasChangesBy(String author) {
        trackedChanges.any { it.author == author }
    }

    /** Revision ids used more than once, counting every revision element (w:ins, w:del, w:moveFrom, w:moveTo, w:*PrChange, ...). */
    Set<String> getDuplicateRevisionIds() {
        Map<String, Integer> counts = [:]
        for (TrackedChange change : trackedChanges) {
            if (change.id != null) {
                counts[change.id] = (counts[change.id] ?: 0) + 1
            }
        }
        counts.findAll { String id, Integer count -> count > 1 }.keySet()
    }

    boolean isRevisionIdsUnique() {
        duplicateRevisionIds.isEmpty()
    }

    @Override
    String toString() {
        "PoiReader(${trackedChanges.size()} tracked changes, ${acceptedParagraphs.size()} paragraphs accepted, " +
                "${rejectedParagraphs.size()} rejected)"
    }

    /** Visits the children of the cursor's element; leaves the cursor where it was. */
    private void children(XmlCursor c, boolean inserted, boolean deleted, boolean deletedRow) {
        if (!c.toFirstChild()) {
            return
        }
        try {
            while (true) {
                element(c, inserted, deleted, deletedRow)
                if (!c.toNextSibling()) {
                    break
                }
            }
        } finally {
            c.toParent()
        }
    }

    private void element(XmlCursor c, boolean inserted, boolean deleted, boolean deletedRow) {
        QName name = c.name
        if (name.namespaceURI != W) {
            if (name.localPart != 'AlternateContent') {
                children(c, inserted, deleted, deletedRow)
            }
            return
        }
        String local = name.localPart
        if (local in SKIPPED) {
            return
        }
        switch (local) {
            case 'p':
                paragraph(c, inserted, deleted, deletedRow)
                break
            case 'tbl':
                tables++
                children(c, inserted, deleted, deletedRow)
                break
            case 'tr':
                rows++
                String rowChange = rowChange(c)
                boolean rowDeleted = rowChange == 'deletion'
                children(c, inserted || rowChange == 'insertion', deleted || rowDeleted, deletedRow || rowDeleted)
                break
            case 'ins':
            case 'moveTo':
                children(c, true, deleted, deletedRow)
                break
            case 'del':
            case 'moveFrom':
                children(c, inserted, true, deletedRow)
                break
            case 't':
            case 'delText':
                text.text(c.textValue, inserted, deleted)
                break
            case 'tab':
            case 'ptab':
                text.text('\t', inserted, deleted)
                break
            case 'br':
                String type = c.getAttributeText(TYPE)
                text.text(type == null || type == 'textWrapping' ? '\n' : ' ', inserted, deleted)
                break
            case 'cr':
                text.text('\n', inserted, deleted)
                break
            case 'noBreakHyphen':
                text.text('-', inserted, deleted)
                break
            default:
                children(c, inserted, deleted, deletedRow)
        }
    }

    private void paragraph(XmlCursor c, boolean inserted, boolean deleted, boolean deletedRow) {
        String mark = null
        c.push()
        if (c.toChild(W, 'pPr')) {
            Integer level = listLevel(c)
            if (level != null) {
                levels << level
            }
            if (c.toChild(W, 'rPr') && c.toFirstChild()) {
                while (true) {
                    if (c.name.namespaceURI == W && REVISIONS[c.name.localPart] in ['insertion', 'deletion']) {
                        mark = REVISIONS[c.name.localPart]
                    }
                    if (!c.toNextSibling()) {
                        break
                    }
                }
            }
        }
        c.pop()
        children(c, inserted, deleted, deletedRow)
        // Word cannot join the last paragraph of a cell to what follows; only a deleted row removes it.
        boolean honourMark = !lastParagraphOfCell(c) || deletedRow
        text.paragraphEnd(inserted || (honourMark && mark == 'insertion'), deleted || (honourMark && mark == 'deletion'))
    }

    private static Integer listLevel(XmlCursor pPr) {
        pPr.push()
        try {
            if (!pPr.toChild(W, 'numPr')) {
                return null
            }
            pPr.push()
            String numId = pPr.toChild(W, 'numId') ? pPr.getAttributeText(VAL) : null
            pPr.pop()
            String ilvl = pPr.toChild(W, 'ilvl') ? pPr.getAttributeText(VAL) : '0'
            numId == null || numId == '0' ? null : Integer.parseInt(ilvl) + 1
        } finally {
            pPr.pop()
        }
    }

    private static boolean lastParagraphOfCell(XmlCursor p) {
        p.push()
        try {
            if (!p.toParent() || p.name != new QName(W, 'tc')) {
                return false
            }
        } finally {
            p.pop()
        }
        p.push()
        try {
            while (p.toNextSibling()) {
                if (p.name.namespaceURI == W && p.name.localPart in ['p', 'tbl', 'sdt']) {
                    return false
                }
            }
            true
        } finally {
            p.pop()
        }
    }

    /** 'insertion' or 'deletion' when the row itself is a tracked change (w:trPr/w:ins or w:trPr/w:del). */
    private static String rowChange(XmlCursor tr) {
        tr.push()
        try {
            if (tr.toChild(W, 'trPr') && tr.toFirstChild()) {
                while (true) {
                    if (tr.name == new QName(W, 'del')) {
                        return 'deletion'
                    }
                    if (tr.name == new QName(W, 'ins')) {
                        return 'insertion'
                    }
                    if (!tr.toNextSibling()) {
                        break
                    }
                }
            }
            null
        } finally {
            tr.pop()
        }
    }

    /** Every revision element under the body, in document order. */
    private static List<TrackedChange> collectChanges(XmlCursor c) {
        List<TrackedChange> changes = []
        try {
            int depth = 0
            while (true) {
                XmlCursor.TokenType token = c.toNextToken()
                if (token.isStart()) {
                    depth++
                    QName name = c.name
                    String type = name.namespaceURI == W ? REVISIONS[name.localPart] : null
                    if (type != null) {
                        changes << new TrackedChange(type: type, author: c.getAttributeText(AUTHOR),
                                date: c.getAttributeText(DATE), id: c.getAttributeText(ID), element: name.localPart)
                    }
                } else if (token.isEnd()) {
                    if (depth-- == 0) {
                        break
                    }
                } else if (token.isNone() || token.isEnddoc()) {
                    break
                }
            }
        } finally {
            c.dispose()
        }
        changes
    }
}
