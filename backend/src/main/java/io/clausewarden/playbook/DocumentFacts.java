package io.clausewarden.playbook;

import java.util.Set;

/**
 * What a position's conditions may ask about the document under review.
 *
 * @param text         the document's clause text, joined
 * @param clauseTypes  the clause types found in it
 * @param contractType the kind of contract it was classified as (nda, saas, ...), null when unknown
 * @param structure    "mutual", "one_way" or "unstated"
 */
public record DocumentFacts(String text, Set<String> clauseTypes, String contractType, String structure) {
    public DocumentFacts {
        text = text == null ? "" : text;
        clauseTypes = clauseTypes == null ? Set.of() : Set.copyOf(clauseTypes);
    }
}
