package io.clausewarden.redline;

import io.clausewarden.redline.ParagraphText.Piece;
import jakarta.xml.bind.JAXBElement;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Supplier;
import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeFactory;
import javax.xml.datatype.XMLGregorianCalendar;
import org.docx4j.jaxb.Context;
import org.docx4j.wml.Br;
import org.docx4j.wml.CommentRangeEnd;
import org.docx4j.wml.CommentRangeStart;
import org.docx4j.wml.Comments;
import org.docx4j.wml.DelText;
import org.docx4j.wml.ObjectFactory;
import org.docx4j.wml.P;
import org.docx4j.wml.R;
import org.docx4j.wml.RPr;
import org.docx4j.wml.RunDel;
import org.docx4j.wml.RunIns;
import org.docx4j.wml.Text;

/**
 * Rewrites one span of a paragraph as minimal tracked changes: runs are split at change boundaries,
 * deleted runs are wrapped in w:del (w:t becomes w:delText), inserted text goes into new runs in w:ins,
 * and every new run carries a copy of the formatting of the run it replaces or follows.
 */
class TrackedChangeWriter {
    private static final ObjectFactory WML = Context.getWmlObjectFactory();

    private final RevisionIds ids;
    private final RedlineOptions options;
    private final XMLGregorianCalendar date;

    XMLGregorianCalendar date() {
        return date;
    }

    TrackedChangeWriter(RevisionIds ids, RedlineOptions options) {
        this.ids = ids;
        this.options = options;
        try {
            this.date = DatatypeFactory.newInstance().newXMLGregorianCalendar(options.date().toString());
        } catch (DatatypeConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** How many w:del and w:ins elements one edit wrote. */
    record Written(int deletions, int insertions) {
    }

    /**
     * Replaces {@code [start, start + quote.length())} of the paragraph's current text by {@code suggested}.
     *
     * @param comments where a counterparty comment goes, asked only when {@code comment} is not blank
     * @throws EditNotApplicable before anything is changed, when the span cannot be edited exactly
     */
    Written replace(P paragraph, int start, String quote, String suggested, String comment,
                    Supplier<Comments> comments) {
        ParagraphText before = ParagraphText.current(paragraph);
        if (!before.text().startsWith(quote, start)) {
            throw new EditNotApplicable("the quote is not at the given place in the paragraph");
        }
        List<TextChange> changes = WordDiff.changes(quote, suggested).stream()
                .map(c -> new TextChange(start + c.offset(), c.deleted(), c.inserted())).toList();
        boolean commented = comment != null && !comment.isBlank();
        if (changes.isEmpty() && !commented) {
            return new Written(0, 0);
        }
        for (TextChange c : changes) {
            checkEditable(before, c);
        }
        TreeSet<Integer> cuts = new TreeSet<>();
        changes.forEach(c -> {
            cuts.add(c.offset());
            cuts.add(c.end());
        });
        if (commented) {
            cuts.add(start);
            cuts.add(start + quote.length());
        }
        splitRuns(before, cuts);
        ParagraphText split = ParagraphText.current(paragraph);
        if (!split.text().equals(before.text())) {
            throw new IllegalStateException("splitting runs changed the paragraph text");
        }
        if (commented) {
            addComment(split, start, start + quote.length(), comment, comments.get());
        }
        int deletions = 0;
        int insertions = 0;
        for (TextChange c : changes) {
            List<RunDel> wrappers = delete(split, c);
            deletions += wrappers.size();
            if (!c.inserted().isEmpty()) {
                insert(paragraph, split, c, wrappers);
                insertions++;
            }
        }
        return new Written(deletions, insertions);
    }

    private static void checkEditable(ParagraphText model, TextChange c) {
        for (Piece p : model.pieces()) {
            if (p.start() < c.end() && p.end() > c.offset() && !p.editable()) {
                throw new EditNotApplicable("the change touches a field, content control or another tracked change");
            }
        }
        boolean touchesEditable = model.pieces().stream()
                .anyMatch(p -> p.editable() && p.start() <= c.offset() && c.offset() <= p.end());
        if (c.deleted().isEmpty() && !touchesEditable && !model.text().isEmpty()) {
            throw new EditNotApplicable("no editable text next to the insertion point");
        }
    }

    /** The editable run whose text ends at {@code offset}, else the one starting there. */
    private static Piece insertionReference(ParagraphText model, int offset) {
        Piece after = null;
        Piece before = null;
        for (Piece p : model.pieces()) {
            if (p.editable() && p.end() == offset) {
                before = p;
            }
            if (p.editable() && p.start() == offset && after == null) {
                after = p;
            }
        }
        return before != null ? before : after;
    }

    private void splitRuns(ParagraphText model, TreeSet<Integer> cuts) {
        List<R> seen = new ArrayList<>();
        for (Piece p : model.pieces()) {
            if (seen.stream().anyMatch(r -> r == p.run())) {
                continue;
            }
            seen.add(p.run());
            List<Piece> ofRun = model.pieces().stream().filter(q -> q.run() == p.run()).toList();
            int runStart = ofRun.get(0).start();
            int runEnd = ofRun.get(ofRun.size() - 1).end();
            Integer inside = cuts.higher(runStart);
            if (inside != null && inside < runEnd) {
                splitRun(p.container(), p.run(), ofRun, cuts);
            }
        }
    }

    private void splitRun(List<Object> container, R run, List<Piece> pieces, TreeSet<Integer> cuts) {
        List<Object> children = new ArrayList<>(run.getContent());
        int runStart = pieces.get(0).start();
        List<R> parts = new ArrayList<>();
        run.getContent().clear();
        R current = run;
        parts.add(current);
        int pos = runStart;
        for (Object child : children) {
            Piece piece = pieces.stream().filter(q -> q.child() == child).findFirst().orElse(null);
            int length = piece == null ? 0 : piece.end() - piece.start();
            if (cuts.contains(pos) && pos > runStart && !current.getContent().isEmpty() && length > 0) {
                current = copyOf(run);
                parts.add(current);
            }
            Text text = textOf(child);
            if (text != null && length > 0) {
                String value = text.getValue();
                int from = 0;
                for (Integer cut : cuts.subSet(pos, false, pos + length, false)) {
                    current.getContent().add(WML.createRT(text(value.substring(from, cut - pos))));
                    current = copyOf(run);
                    parts.add(current);
                    from = cut - pos;
                }
                current.getContent().add(from == 0 ? child : WML.createRT(text(value.substring(from))));
            } else {
                current.getContent().add(child);
            }
            pos += length;
        }
        int at = indexOf(container, run);
        container.addAll(at + 1, parts.subList(1, parts.size()));
    }

    private List<RunDel> delete(ParagraphText model, TextChange c) {
        List<RunDel> wrappers = new ArrayList<>();
        if (c.deleted().isEmpty()) {
            return wrappers;
        }
        List<R> runs = new ArrayList<>();
        List<List<Object>> containers = new ArrayList<>();
        for (Piece p : model.pieces()) {
            if (p.start() >= c.offset() && p.end() <= c.end() && runs.stream().noneMatch(r -> r == p.run())) {
                runs.add(p.run());
                containers.add(p.container());
            }
        }
        RunDel group = null;
        List<Object> groupContainer = null;
        for (int i = 0; i < runs.size(); i++) {
            R run = runs.get(i);
            List<Object> container = containers.get(i);
            int at = indexOf(container, run);
            boolean adjacent = group != null && container == groupContainer && at > 0 && container.get(at - 1) == group;
            if (!adjacent) {
                group = WML.createRunDel();
                group.setId(ids.next());
                group.setAuthor(options.author());
                group.setDate(date);
                groupContainer = container;
                container.set(at, group);
                wrappers.add(group);
            } else {
                container.remove(at);
            }
            toDeleted(run);
            group.getCustomXmlOrSmartTagOrSdt().add(run);
            run.setParent(group);
        }
        return wrappers;
    }

    private void insert(P paragraph, ParagraphText model, TextChange c, List<RunDel> deleted) {
        RunIns ins = WML.createRunIns();
        ins.setId(ids.next());
        ins.setAuthor(options.author());
        ins.setDate(date);
        if (!deleted.isEmpty()) {
            RunDel last = deleted.get(deleted.size() - 1);
            R reference = (R) last.getCustomXmlOrSmartTagOrSdt().get(0);
            ins.getCustomXmlOrSmartTagOrSdt().add(newRun(reference, c.inserted()));
            List<Object> container = containerOf(model, reference);
            container.add(indexOf(container, last) + 1, ins);
            return;
        }
        Piece reference = insertionReference(model, c.offset());
        if (reference == null) {
            ins.getCustomXmlOrSmartTagOrSdt().add(newRun(WML.createR(), c.inserted()));
            paragraph.getContent().add(ins);
            return;
        }
        ins.getCustomXmlOrSmartTagOrSdt().add(newRun(reference.run(), c.inserted()));
        int at = indexOf(reference.container(), reference.run());
        reference.container().add(reference.end() == c.offset() ? at + 1 : at, ins);
    }

    private static List<Object> containerOf(ParagraphText model, R run) {
        return model.pieces().stream().filter(p -> p.run() == run).findFirst().orElseThrow().container();
    }

    private void addComment(ParagraphText model, int start, int end, String comment, Comments comments) {
        Piece first = model.pieces().stream().filter(p -> p.start() >= start && p.end() > p.start()).findFirst().orElseThrow();
        Piece last = model.pieces().stream().filter(p -> p.end() <= end && p.end() > p.start())
                .reduce((a, b) -> b).orElseThrow();
        BigInteger id = ids.next();
        CommentRangeStart rangeStart = WML.createCommentRangeStart();
        rangeStart.setId(id);
        first.container().add(indexOf(first.container(), first.run()), rangeStart);
        CommentRangeEnd rangeEnd = WML.createCommentRangeEnd();
        rangeEnd.setId(id);
        R reference = WML.createR();
        R.CommentReference ref = WML.createRCommentReference();
        ref.setId(id);
        reference.getContent().add(WML.createRCommentReference(ref));
        int at = indexOf(last.container(), last.run());
        last.container().add(at + 1, rangeEnd);
        last.container().add(at + 2, reference);
        comments.getComment().add(comment(id, comment));
    }

    Comments.Comment comment(BigInteger id, String text) {
        Comments.Comment c = WML.createCommentsComment();
        c.setId(id);
        c.setAuthor(options.author());
        c.setInitials(options.initials());
        c.setDate(date);
        P p = WML.createP();
        R run = WML.createR();
        run.getContent().add(WML.createRT(text(text)));
        p.getContent().add(run);
        c.getContent().add(p);
        return c;
    }

    /**
     * A new run with a copy of {@code like}'s formatting holding {@code value}; tabs and line breaks become w:tab and
     * w:br. Words we insert are body text: a placeholder's marking (highlight, shading, the placeholder style) next
     * to them is not theirs.
     */
    static R newRun(R like, String value) {
        R run = copyOf(like);
        RPr format = run.getRPr();
        if (format != null) {
            format.setHighlight(null);
            format.setShd(null);
            if (format.getRStyle() != null && PLACEHOLDER_STYLE.equalsIgnoreCase(format.getRStyle().getVal())) {
                format.setRStyle(null);
            }
        }
        StringBuilder pending = new StringBuilder();
        for (char ch : value.toCharArray()) {
            if (ch == '\t' || ch == '\n') {
                if (!pending.isEmpty()) {
                    run.getContent().add(WML.createRT(text(pending.toString())));
                    pending.setLength(0);
                }
                run.getContent().add(ch == '\t' ? WML.createRTab(WML.createRTab()) : WML.createBr());
            } else {
                pending.append(ch);
            }
        }
        if (!pending.isEmpty()) {
            run.getContent().add(WML.createRT(text(pending.toString())));
        }
        return run;
    }

    private static final String PLACEHOLDER_STYLE = "PlaceholderText";

    private static R copyOf(R like) {
        R run = WML.createR();
        if (like.getRPr() != null) {
            run.setRPr(FormattingCopy.of(like.getRPr()));
        }
        run.setRsidR(like.getRsidR());
        run.setRsidRPr(like.getRsidRPr());
        return run;
    }

    private static void toDeleted(R run) {
        List<Object> content = run.getContent();
        for (int i = 0; i < content.size(); i++) {
            Text text = textOf(content.get(i));
            if (text != null) {
                DelText del = WML.createDelText();
                del.setValue(text.getValue());
                del.setSpace("preserve");
                content.set(i, del);
            }
        }
    }

    private static Text textOf(Object child) {
        if (child instanceof JAXBElement<?> e && e.getValue() instanceof Text t && "t".equals(e.getName().getLocalPart())) {
            return t;
        }
        return child instanceof Text t ? t : null;
    }

    private static Text text(String value) {
        Text t = WML.createText();
        t.setValue(value);
        t.setSpace("preserve");
        return t;
    }

    static int indexOf(List<Object> container, Object item) {
        for (int i = 0; i < container.size(); i++) {
            Object o = container.get(i);
            if (o == item || (o instanceof JAXBElement<?> e && e.getValue() == item)) {
                return i;
            }
        }
        throw new IllegalStateException("element not found in its container");
    }
}
