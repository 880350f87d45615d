package io.clausewarden.review.web;

import io.micronaut.core.annotation.Introspected;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * Either the whole text of a contract or its clauses, optionally the playbook (and version) to use, and optionally
 * who we are in the contract ("Acme", or a role word such as "Licensee") when the document should not decide it.
 */
@Introspected
public record ReviewRequest(@Size(max = 100) String playbookId,
                            @Positive Integer playbookVersion,
                            @Size(max = ReviewRequest.MAX_TEXT_CHARS) String text,
                            @Size(max = 5000) @Valid List<ClauseText> clauses,
                            @Size(max = ReviewRequest.MAX_PARTY_CHARS) String ourParty) {
    public static final int MAX_TEXT_CHARS = 2_000_000;
    public static final int MAX_PARTY_CHARS = 200;

    public ReviewRequest(String playbookId, Integer playbookVersion, String text, List<ClauseText> clauses) {
        this(playbookId, playbookVersion, text, clauses, null);
    }

    @Introspected
    public record ClauseText(@Size(max = 200) String id, @NotBlank @Size(max = 200_000) String text) {
    }
}
