package io.clausewarden.redline;

import org.docx4j.XmlUtils;
import org.docx4j.jaxb.Context;
import org.docx4j.wml.Body;
import org.docx4j.wml.Comments;
import org.docx4j.wml.Document;
import org.docx4j.wml.ObjectFactory;
import org.docx4j.wml.P;
import org.docx4j.wml.R;
import org.docx4j.wml.Text;

/**
 * One finding's change as a Flat-OPC package: a single paragraph holding the minimal tracked changes
 * (and the counterparty comment when there is one), for Word's {@code range.insertOoxml(ooxml, "Replace")}.
 */
public final class FindingPackages {
    private static final ObjectFactory WML = Context.getWmlObjectFactory();
    private static final String RELS = "application/vnd.openxmlformats-package.relationships+xml";
    private static final String REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String REL_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

    private FindingPackages() {
    }

    public static String flatOpc(String original, String suggested, RedlineOptions options) {
        return flatOpc(original, suggested, null, options);
    }

    /** @param comment counterparty-facing comment on the change; null for none */
    public static String flatOpc(String original, String suggested, String comment, RedlineOptions options) {
        P paragraph = WML.createP();
        if (!original.isEmpty()) {
            R run = WML.createR();
            Text text = WML.createText();
            text.setValue(original);
            text.setSpace("preserve");
            run.getContent().add(WML.createRT(text));
            paragraph.getContent().add(run);
        }
        Comments comments = WML.createComments();
        new TrackedChangeWriter(new RevisionIds(1), options)
                .replace(paragraph, 0, original, suggested, comment, () -> comments);
        Document document = WML.createDocument();
        Body body = WML.createBody();
        body.getContent().add(paragraph);
        document.setBody(body);
        boolean commented = !comments.getComment().isEmpty();
        StringBuilder xml = new StringBuilder()
                .append("<?xml version=\"1.0\" standalone=\"yes\"?>")
                .append("<?mso-application progid=\"Word.Document\"?>")
                .append("<pkg:package xmlns:pkg=\"http://schemas.microsoft.com/office/2006/xmlPackage\">");
        part(xml, "/_rels/.rels", RELS, relationships("rId1", "officeDocument", "word/document.xml"));
        if (commented) {
            part(xml, "/word/_rels/document.xml.rels", RELS, relationships("rId1", "comments", "comments.xml"));
        }
        part(xml, "/word/document.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
                XmlUtils.marshaltoString(document, true, false));
        if (commented) {
            part(xml, "/word/comments.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml",
                    XmlUtils.marshaltoString(comments, true, false));
        }
        return xml.append("</pkg:package>").toString();
    }

    private static String relationships(String id, String type, String target) {
        return "<Relationships xmlns=\"" + REL_NS + "\"><Relationship Id=\"" + id + "\" Type=\"" + REL_TYPE + type
                + "\" Target=\"" + target + "\"/></Relationships>";
    }

    private static void part(StringBuilder xml, String name, String contentType, String data) {
        xml.append("<pkg:part pkg:name=\"").append(name).append("\" pkg:contentType=\"").append(contentType)
                .append("\"><pkg:xmlData>").append(data).append("</pkg:xmlData></pkg:part>");
    }
}
