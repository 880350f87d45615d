package io.clausewarden.redline;

import io.clausewarden.redline.ParagraphText.Piece;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.docx4j.XmlUtils;
import org.docx4j.jaxb.Context;
import org.docx4j.wml.BooleanDefaultTrue;
import org.docx4j.wml.CTTrackChange;
import org.docx4j.wml.CommentRangeEnd;
import org.docx4j.wml.CommentRangeStart;
import org.docx4j.wml.Comments;
import org.docx4j.wml.ObjectFactory;
import org.docx4j.wml.P;
import org.docx4j.wml.PPr;
import org.docx4j.wml.PPrBase;
import org.docx4j.wml.ParaRPr;
import org.docx4j.wml.R;
import org.docx4j.wml.RPr;
import org.docx4j.wml.RunIns;

/**
 * Adds new paragraphs after an existing one as a tracked insertion: their text in w:ins and their paragraph marks
 * marked inserted, so rejecting the change removes them entirely. The body paragraphs take the paragraph and run
 * formatting of the anchor paragraph; a heading line takes that of the section's heading paragraph when there is one
 * (else the body's, in bold). Neither carries automatic numbering, so no number elsewhere in the document changes.
 */
final class ParagraphInserter {
    private static final ObjectFactory WML = Context.getWmlObjectFactory();

    private final RevisionIds ids;
    private final RedlineOptions options;
    private final TrackedChangeWriter writer;

    ParagraphInserter(RevisionIds ids, RedlineOptions options, TrackedChangeWriter writer) {
        this.ids = ids;
        this.options = options;
        this.writer = writer;
    }

    /**
     * @param after       the paragraph the new ones follow, in {@code container}
     * @param body        the paragraph whose formatting the body paragraphs take
     * @param headingLike the paragraph whose formatting a heading line takes; null to use the body's, in bold
     * @return the inserted paragraphs, in order
     */
    List<P> insert(List<Object> container, P after, P body, P headingLike, String heading, List<String> texts,
                   String comment, Supplier<Comments> comments) {
        List<P> added = new ArrayList<>();
        if (heading != null) {
            P like = headingLike == null ? body : headingLike;
            RPr font = dominantFormatting(like);
            if (headingLike == null) {
                font = font == null ? WML.createRPr() : font;
                font.setB(new BooleanDefaultTrue());
            }
            added.add(paragraph(like, font, heading));
        }
        RPr font = dominantFormatting(body);
        for (String text : texts) {
            added.add(paragraph(body, font, text));
        }
        if (comment != null && !comment.isBlank()) {
            addComment(added, comment, comments.get());
        }
        container.addAll(TrackedChangeWriter.indexOf(container, after) + 1, added);
        return added;
    }

    private P paragraph(P like, RPr font, String text) {
        P p = WML.createP();
        PPr properties = like.getPPr() == null ? WML.createPPr() : XmlUtils.deepCopy(like.getPPr());
        properties.setSectPr(null);
        properties.setPPrChange(null);
        if (properties.getNumPr() != null || properties.getPStyle() != null) {
            properties.setNumPr(noNumbering());
        }
        ParaRPr mark = WML.createParaRPr();
        mark.setIns(revision());
        properties.setRPr(mark);
        p.setPPr(properties);
        R formatting = WML.createR();
        formatting.setRPr(font);
        RunIns ins = WML.createRunIns();
        ins.setId(ids.next());
        ins.setAuthor(options.author());
        ins.setDate(writer.date());
        ins.getCustomXmlOrSmartTagOrSdt().add(TrackedChangeWriter.newRun(formatting, text));
        p.getContent().add(ins);
        return p;
    }

    /** Numbering id 0: no list, even where the paragraph style would number it. */
    private static PPrBase.NumPr noNumbering() {
        PPrBase.NumPr numPr = WML.createPPrBaseNumPr();
        PPrBase.NumPr.Ilvl level = WML.createPPrBaseNumPrIlvl();
        level.setVal(BigInteger.ZERO);
        PPrBase.NumPr.NumId id = WML.createPPrBaseNumPrNumId();
        id.setVal(BigInteger.ZERO);
        numPr.setIlvl(level);
        numPr.setNumId(id);
        return numPr;
    }

    private CTTrackChange revision() {
        CTTrackChange change = WML.createCTTrackChange();
        change.setId(ids.next());
        change.setAuthor(options.author());
        change.setDate(writer.date());
        return change;
    }

    /**
     * The formatting of the plain run holding most of the paragraph's text, without highlighting, shading, hiding
     * or tracked formatting: a placeholder's highlight is not the clause's formatting.
     */
    private static RPr dominantFormatting(P paragraph) {
        Map<R, Integer> lengths = new IdentityHashMap<>();
        R best = null;
        for (Piece piece : ParagraphText.current(paragraph).pieces()) {
            if (piece.editable()) {
                int length = lengths.merge(piece.run(), piece.end() - piece.start(), Integer::sum);
                if (best == null || length > lengths.get(best)) {
                    best = piece.run();
                }
            }
        }
        if (best == null || best.getRPr() == null) {
            return null;
        }
        RPr copy = FormattingCopy.of(best.getRPr());
        copy.setHighlight(null);
        copy.setShd(null);
        copy.setVanish(null);
        copy.setRPrChange(null);
        return copy;
    }

    /** The comment spans the new text; its marks sit inside the insertions, so rejecting removes them too. */
    private void addComment(List<P> added, String comment, Comments comments) {
        BigInteger id = ids.next();
        CommentRangeStart start = WML.createCommentRangeStart();
        start.setId(id);
        insertionOf(added.get(0)).getCustomXmlOrSmartTagOrSdt().add(0, start);
        List<Object> last = insertionOf(added.get(added.size() - 1)).getCustomXmlOrSmartTagOrSdt();
        CommentRangeEnd end = WML.createCommentRangeEnd();
        end.setId(id);
        last.add(end);
        R reference = WML.createR();
        R.CommentReference ref = WML.createRCommentReference();
        ref.setId(id);
        reference.getContent().add(WML.createRCommentReference(ref));
        last.add(reference);
        comments.getComment().add(writer.comment(id, comment));
    }

    private static RunIns insertionOf(P paragraph) {
        return (RunIns) paragraph.getContent().get(0);
    }
}
