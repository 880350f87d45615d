package io.clausewarden.contracttype;

import java.util.List;

/**
 * Whether the playbook a review used is written for the document's kind of contract.
 *
 * @param fits          false only when the document's type is confident and not one the playbook declares
 * @param playbookTypes the contract types the playbook is written for
 * @param suggestion    an available playbook that fits, when the playbook does not; null otherwise
 * @param message       one sentence for the lawyer
 */
public record PlaybookFit(boolean fits, List<String> playbookTypes, Suggestion suggestion, String message) {
    public PlaybookFit {
        playbookTypes = playbookTypes == null ? List.of() : List.copyOf(playbookTypes);
    }

    public record Suggestion(String playbookId, String name) {
    }
}
