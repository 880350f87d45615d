package io.clausewarden.testing

import groovy.transform.PackageScope

/**
 * Document text collected in document order, each piece marked inserted and/or deleted, with paragraph ends marked
 * the same way. Accepting all changes keeps what is not deleted; rejecting all keeps what is not inserted. A paragraph
 * end that is dropped joins its paragraph to the next one, as Word and LibreOffice do.
 */
@PackageScope
class TrackedText {

    private static final int TEXT = 0
    private static final int PARAGRAPH_END = 1

    private final List<Piece> pieces = []

    private static class Piece {
        int kind
        String text
        boolean inserted
        boolean deleted
    }

    void text(String text, boolean inserted, boolean deleted) {
        if (text) {
            pieces << new Piece(kind: TEXT, text: text, inserted: inserted, deleted: deleted)
        }
    }

    void paragraphEnd(boolean inserted, boolean deleted) {
        pieces << new Piece(kind: PARAGRAPH_END, inserted: inserted, deleted: deleted)
    }

    /** Puts all of {@code other}'s pieces at {@code index}. */
    void insertAll(int index, TrackedText other) {
        pieces.addAll(index, other.pieces)
    }

    int size() {
        pieces.size()
    }

    /** Drops the last paragraph end if it was added at or after {@code from}: the content of an ODT deletion ends without one. */
    void dropLastParagraphEndSince(int from) {
        if (pieces.size() > from && pieces.last().kind == PARAGRAPH_END) {
            pieces.remove(pieces.size() - 1)
        }
    }

    List<String> paragraphs(boolean accept) {
        List<String> paragraphs = []
        StringBuilder current = new StringBuilder()
        for (Piece piece : pieces) {
            boolean kept = accept ? !piece.deleted : !piece.inserted
            if (!kept) {
                continue
            }
            if (piece.kind == TEXT) {
                current.append(piece.text)
            } else {
                paragraphs << current.toString()
                current.setLength(0)
            }
        }
        if (current.length() > 0) {
            paragraphs << current.toString()
        }
        paragraphs
    }

    /** Whitespace runs (including no-break spaces) become one space; leading and trailing whitespace goes. */
    static String normalise(String text) {
        text == null ? null : text.replaceAll(/[\s\u00A0]+/, ' ').trim()
    }
}
