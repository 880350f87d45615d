package io.clausewarden.document;

/** The document was refused. The message never contains document text. */
public class DocumentRejectedException extends RuntimeException {
    private final String reasonCode;

    public DocumentRejectedException(String reasonCode, String message) {
        super(message);
        this.reasonCode = reasonCode;
    }

    /** Stable machine-readable reason, e.g. {@code zip_bomb}, {@code not_docx}, {@code xml_doctype}. */
    public String reasonCode() {
        return reasonCode;
    }
}
