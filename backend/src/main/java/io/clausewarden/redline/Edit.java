package io.clausewarden.redline;

/**
 * One change to make in a document.
 *
 * @param id            the caller's id, echoed in the result (e.g. the finding id)
 * @param anchor        "paragraphIndex:sha12" as produced by the document reader; may be null
 * @param quote         the exact current text to replace
 * @param quoteSha256   hex SHA-256 of the quote; when given it must match
 * @param suggestedText the replacement; empty for a pure deletion
 * @param comment       counterparty-facing comment attached to the change; null for none
 */
public record Edit(String id, String anchor, String quote, String quoteSha256, String suggestedText, String comment) {
}
