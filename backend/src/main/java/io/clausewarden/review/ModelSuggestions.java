package io.clausewarden.review;

import io.clausewarden.llm.InjectionScreen;
import io.clausewarden.llm.PersonalData;
import io.clausewarden.playbook.Check;
import io.clausewarden.playbook.Position;
import io.clausewarden.playbook.SameType;
import java.util.List;

/**
 * Decides whether text a model proposed may go into the document. It must replace a passage the clause really
 * contains, hold no leftover placeholder and nothing addressed to a reviewer, and the revised clause must pass
 * the position's own checks and cross none of its red lines. Otherwise the playbook's preferred language is
 * offered instead.
 */
final class ModelSuggestions {
    static final int MAX_CHARS = 4000;

    private ModelSuggestions() {
    }

    /** The replacement for the finding's quote: the model's text when it passes, else the preferred language. */
    static String choose(Position position, ModelQuote quote, String proposed) {
        return acceptable(position, quote, proposed) ? quote.replacing(proposed) : position.preferred();
    }

    static boolean acceptable(Position position, ModelQuote quote, String proposed) {
        if (proposed == null || proposed.isBlank() || proposed.length() > MAX_CHARS || !quote.located()
                || PersonalData.hasPlaceholder(proposed) || InjectionScreen.find(proposed).isPresent()) {
            return false;
        }
        String revised = quote.clauseText().substring(0, quote.spanStart()) + proposed
                + quote.clauseText().substring(quote.spanEnd());
        SameType alone = new SameType(List.of(revised));
        for (Check check : position.redLineChecks()) {
            if (!check.wholeType() && check.evaluate(revised, alone).isDeviation()) {
                return false;
            }
        }
        for (Check check : position.preferredChecks()) {
            if (!check.wholeType() && check.evaluate(revised, alone).isDeviation()) {
                return false;
            }
        }
        return true;
    }
}
