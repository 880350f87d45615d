package io.clausewarden.redline;

import io.clausewarden.support.Sha256;
import java.util.List;

/**
 * Finds where an edit's quote is: in the paragraph its anchor names when that paragraph's original text
 * still has the anchor's hash, else in the one paragraph whose text holds the quote exactly once.
 */
final class EditLocator {
    record Location(int paragraph, int offset) {
    }

    private final List<String> original;
    private final List<String> current;

    /** @param current the paragraph texts as edited so far; updated by the caller */
    EditLocator(List<String> original, List<String> current) {
        this.original = original;
        this.current = current;
    }

    Location locate(Edit edit) {
        String quote = edit.quote();
        if (quote == null || quote.isEmpty()) {
            throw new EditNotApplicable("the edit has no quote");
        }
        if (edit.quoteSha256() != null && !edit.quoteSha256().equalsIgnoreCase(Sha256.hex(quote))) {
            throw new EditNotApplicable("the quote does not match its hash");
        }
        Integer anchored = anchoredParagraph(edit.anchor());
        if (anchored != null) {
            return onlyOccurrence(anchored, quote);
        }
        Location found = null;
        for (int i = 0; i < current.size(); i++) {
            String text = current.get(i);
            if (text != null && text.contains(quote)) {
                if (found != null) {
                    throw new EditNotApplicable("the quote is found in more than one paragraph");
                }
                found = onlyOccurrence(i, quote);
            }
        }
        if (found == null) {
            throw new EditNotApplicable("the quote is no longer found in the document");
        }
        return found;
    }

    private Location onlyOccurrence(int paragraph, String quote) {
        String text = current.get(paragraph);
        int at = text.indexOf(quote);
        if (at < 0) {
            throw new EditNotApplicable("the quote is no longer found in its paragraph");
        }
        if (text.indexOf(quote, at + 1) >= 0) {
            throw new EditNotApplicable("the quote occurs more than once in its paragraph");
        }
        return new Location(paragraph, at);
    }

    /** The anchor's paragraph when its original text still hashes to the anchor, else null. */
    Integer anchoredParagraph(String anchor) {
        if (anchor == null) {
            return null;
        }
        int colon = anchor.indexOf(':');
        if (colon <= 0) {
            return null;
        }
        int index;
        try {
            index = Integer.parseInt(anchor.substring(0, colon));
        } catch (NumberFormatException e) {
            return null;
        }
        if (index < 0 || index >= original.size() || original.get(index) == null) {
            return null;
        }
        String sha12 = Sha256.hex(original.get(index).strip()).substring(0, 12);
        return sha12.equalsIgnoreCase(anchor.substring(colon + 1)) ? index : null;
    }
}
