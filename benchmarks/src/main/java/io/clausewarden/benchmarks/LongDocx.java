package io.clausewarden.benchmarks;

import io.clausewarden.document.Clause;
import io.clausewarden.document.DocumentReader;
import io.clausewarden.redline.Edit;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.docx4j.jaxb.Context;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.WordprocessingML.MainDocumentPart;
import org.docx4j.openpackaging.parts.WordprocessingML.NumberingDefinitionsPart;
import org.docx4j.wml.BooleanDefaultTrue;
import org.docx4j.wml.ObjectFactory;
import org.docx4j.wml.P;
import org.docx4j.wml.PPr;
import org.docx4j.wml.PPrBase;
import org.docx4j.wml.R;
import org.docx4j.wml.RPr;
import org.docx4j.wml.Tbl;
import org.docx4j.wml.Tc;
import org.docx4j.wml.Text;
import org.docx4j.wml.Tr;

/**
 * {@link LongContract} as a .docx of about 100 pages: Heading 1 section titles, numbered body
 * paragraphs whose sentences alternate plain and italic runs, and a fee table every ten sections.
 */
final class LongDocx {
    private static final ObjectFactory WML = Context.getWmlObjectFactory();

    private LongDocx() {
    }

    static byte[] build(int targetWords) throws Exception {
        WordprocessingMLPackage pkg = WordprocessingMLPackage.createPackage();
        MainDocumentPart main = pkg.getMainDocumentPart();
        NumberingDefinitionsPart numbering = new NumberingDefinitionsPart();
        numbering.unmarshalDefaultNumbering();
        main.addTargetPart(numbering);
        int section = 0;
        for (String block : LongContract.text(targetWords, 0).split("\n\n")) {
            String[] lines = block.split("\n");
            if (lines.length == 1) {
                main.addStyledParagraphOfText("Title", lines[0]);
                continue;
            }
            main.addStyledParagraphOfText("Heading1", lines[0].replaceFirst("^\\d+\\. ", ""));
            main.getContent().add(numbered(lines[1]));
            if (++section % 10 == 0) {
                main.getContent().add(WML.createBodyTbl(feeTable(section)));
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        pkg.save(out);
        return out.toByteArray();
    }

    /** {@code count} edits on the clauses' closing reference sentences, each located by its anchor; every fourth with a comment. */
    static List<Edit> edits(byte[] docx, int count) {
        List<Clause> clauses = new DocumentReader().read("contract.docx", docx).clauses();
        List<Edit> edits = new ArrayList<>();
        for (Clause clause : clauses) {
            int at = clause.text().indexOf("This section applies to Order Form");
            if (at < 0 || edits.size() == count) {
                continue;
            }
            String quote = clause.text().substring(at);
            String suggested = quote.replace("applies to", "applies only to").replace(".", " and its amendments.");
            edits.add(new Edit("e" + edits.size(), clause.anchor(), quote, sha256(quote), suggested,
                    edits.size() % 4 == 0 ? "Narrowed to the order form and its amendments." : null));
        }
        return edits;
    }

    private static P numbered(String body) {
        P p = WML.createP();
        PPr pPr = WML.createPPr();
        PPrBase.NumPr numPr = WML.createPPrBaseNumPr();
        PPrBase.NumPr.Ilvl ilvl = WML.createPPrBaseNumPrIlvl();
        ilvl.setVal(BigInteger.ZERO);
        PPrBase.NumPr.NumId numId = WML.createPPrBaseNumPrNumId();
        numId.setVal(BigInteger.ONE);
        numPr.setIlvl(ilvl);
        numPr.setNumId(numId);
        pPr.setNumPr(numPr);
        p.setPPr(pPr);
        String[] sentences = body.split("(?<=\\.) ");
        for (int i = 0; i < sentences.length; i++) {
            p.getContent().add(run(sentences[i] + (i < sentences.length - 1 ? " " : ""), i % 3 == 1));
        }
        return p;
    }

    private static Tbl feeTable(int section) {
        Tbl table = WML.createTbl();
        String[][] rows = {{"Item", "Fee", "Due"}, {"Subscription " + section, "USD 12,000", "thirty (30) days"},
                {"Support " + section, "USD 3,500", "sixty (60) days"}};
        for (String[] cells : rows) {
            Tr tr = WML.createTr();
            for (String cell : cells) {
                Tc tc = WML.createTc();
                P p = WML.createP();
                p.getContent().add(run(cell, false));
                tc.getContent().add(p);
                tr.getContent().add(WML.createTrTc(tc));
            }
            table.getContent().add(tr);
        }
        return table;
    }

    private static R run(String value, boolean italic) {
        R r = WML.createR();
        if (italic) {
            RPr rPr = WML.createRPr();
            rPr.setI(new BooleanDefaultTrue());
            r.setRPr(rPr);
        }
        Text t = WML.createText();
        t.setValue(value);
        t.setSpace("preserve");
        r.getContent().add(WML.createRT(t));
        return r;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
