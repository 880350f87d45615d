package io.clausewarden.review.web;

import io.clausewarden.document.ClauseInput;
import io.clausewarden.document.DocumentReader;
import io.clausewarden.document.ParsedDocument;
import io.clausewarden.http.ApiProblem;
import io.clausewarden.playbook.store.PlaybookLibrary;
import io.clausewarden.playbook.web.PlaybookIds;
import io.clausewarden.review.ReviewEngine;
import io.clausewarden.review.ReviewReport;
import io.clausewarden.review.store.ReviewArchive;
import io.clausewarden.tenant.TenantContext;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import jakarta.validation.Valid;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

@Controller("/api/v1/reviews")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
public class ReviewController {
    private final ReviewEngine engine;
    private final DocumentReader documents;
    private final PlaybookLibrary playbooks;
    private final ReviewArchive archive;

    public ReviewController(ReviewEngine engine, DocumentReader documents, PlaybookLibrary playbooks,
                            ReviewArchive archive) {
        this.engine = engine;
        this.documents = documents;
        this.playbooks = playbooks;
        this.archive = archive;
    }

    @Post
    public HttpResponse<ReviewReport> create(TenantContext caller, @Body @Valid ReviewRequest request) {
        ParsedDocument document = parse(request);
        PlaybookLibrary.Stored playbook = resolvePlaybook(caller, request.playbookId());
        ReviewReport report = engine.review(UUID.randomUUID().toString(), playbook.playbook(), document.clauses());
        archive.store(caller, report);
        return HttpResponse.created(report, URI.create("/api/v1/reviews/" + report.id()));
    }

    @Get("/{id}")
    public ReviewReport get(TenantContext caller, @PathVariable String id) {
        return parseId(id).flatMap(uuid -> archive.find(caller.tenantId(), uuid))
                .orElseThrow(() -> ApiProblem.notFound("The review"));
    }

    private ParsedDocument parse(ReviewRequest request) {
        boolean hasText = request.text() != null && !request.text().isBlank();
        boolean hasClauses = request.clauses() != null && !request.clauses().isEmpty();
        if (hasText == hasClauses) {
            throw new ApiProblem(ApiProblem.Kind.VALIDATION, "Send either 'text' or 'clauses', not both and not neither.");
        }
        if (hasClauses) {
            return documents.fromClauses(request.clauses().stream()
                    .map(c -> new ClauseInput(c.id(), c.text())).toList());
        }
        return documents.read("request.txt", request.text().getBytes(StandardCharsets.UTF_8));
    }

    private PlaybookLibrary.Stored resolvePlaybook(TenantContext caller, String playbookId) {
        if (playbookId == null || playbookId.isBlank()) {
            return playbooks.findDefault(caller.tenantId())
                    .orElseThrow(() -> ApiProblem.notFound("A default playbook"));
        }
        return playbooks.find(caller.tenantId(), playbookId)
                .orElseThrow(() -> ApiProblem.notFound("Playbook '" + PlaybookIds.printable(playbookId) + "'"));
    }

    private static java.util.Optional<UUID> parseId(String id) {
        try {
            return java.util.Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }
}
