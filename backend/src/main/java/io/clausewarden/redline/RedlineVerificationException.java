package io.clausewarden.redline;

/** A produced redline failed verification and must not be delivered. The message never contains document text. */
public class RedlineVerificationException extends RuntimeException {
    public RedlineVerificationException(String message) {
        super(message);
    }
}
