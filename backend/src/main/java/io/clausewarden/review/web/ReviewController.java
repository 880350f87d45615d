package io.clausewarden.review.web;

import io.clausewarden.document.ClauseInput;
import io.clausewarden.document.DocumentReader;
import io.clausewarden.document.ParsedDocument;
import io.clausewarden.http.ApiProblem;
import io.clausewarden.playbook.Playbook;
import io.clausewarden.playbook.store.PlaybookLibrary;
import io.clausewarden.playbook.web.PlaybookIds;
import io.clausewarden.review.ReviewStoppedException;
import io.clausewarden.review.job.ReviewEvent;
import io.clausewarden.review.job.ReviewJobs;
import io.clausewarden.review.store.ReviewArchive;
import io.clausewarden.tenant.TenantContext;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.http.sse.Event;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import jakarta.validation.Valid;
import org.reactivestreams.Publisher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * Reviews. By default the answer waits for the result (201 with the report). With
 * {@code Prefer: respond-async} the review runs in the background: 202 with the review's address,
 * whose {@code /events} stream progress and findings as server-sent events. Either way the review runs on
 * {@link ReviewJobs}' workers: a request thread reads the document and queues the review, never runs it.
 */
@Controller("/api/v1/reviews")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
public class ReviewController {
    private final DocumentReader documents;
    private final PlaybookLibrary playbooks;
    private final ReviewJobs jobs;
    private final ReviewArchive archive;
    private final ReviewEventStreams streams;

    public ReviewController(DocumentReader documents, PlaybookLibrary playbooks, ReviewJobs jobs,
                            ReviewArchive archive, ReviewEventStreams streams) {
        this.documents = documents;
        this.playbooks = playbooks;
        this.jobs = jobs;
        this.archive = archive;
        this.streams = streams;
    }

    /** The answer to an asynchronous request, and to a status request while a review runs. */
    @Introspected
    public record ReviewStatus(String id, String status, int clauses, String events) {
        static ReviewStatus of(UUID id, String status, int clauses) {
            return new ReviewStatus(id.toString(), status, clauses, "/api/v1/reviews/" + id + "/events");
        }
    }

    @Post
    @Consumes(MediaType.APPLICATION_JSON)
    public CompletableFuture<HttpResponse<?>> create(TenantContext caller, @Body @Valid ReviewRequest request,
                                  @Nullable @Header("Prefer") String prefer) {
        return start(caller, parse(request), request.playbookId(), request.playbookVersion(), prefer, null,
                request.ourParty());
    }

    @Post
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public CompletableFuture<HttpResponse<?>> upload(TenantContext caller, @Part("file") CompletedFileUpload file,
                                  @Nullable @Part("playbookId") String playbookId,
                                  @Nullable @Part("playbookVersion") String playbookVersion,
                                  @Nullable @Part("ourParty") String ourParty,
                                  @Nullable @Header("Prefer") String prefer) {
        String name = UploadNames.checked(file.getFilename());
        byte[] content = bytes(file);
        ParsedDocument document = documents.read(name, content);
        ReviewArchive.StoredDocument original = document.format() == ParsedDocument.Format.DOCX
                ? new ReviewArchive.StoredDocument(name, content) : null;
        if (ourParty != null && ourParty.length() > ReviewRequest.MAX_PARTY_CHARS) {
            throw new ApiProblem(ApiProblem.Kind.VALIDATION, "ourParty: at most " + ReviewRequest.MAX_PARTY_CHARS
                    + " characters.");
        }
        return start(caller, document, playbookId, parseVersion(playbookVersion), prefer, original, ourParty);
    }

    @Get("/{id}")
    public HttpResponse<?> get(TenantContext caller, @PathVariable String id) {
        ReviewArchive.StoredReview stored = find(caller, id);
        return switch (stored.status()) {
            case ReviewArchive.DONE -> HttpResponse.ok(stored.report());
            case ReviewArchive.RUNNING -> HttpResponse.accepted().body(ReviewStatus.of(stored.id(), stored.status(),
                    stored.clauseCount()));
            default -> throw ReviewStoppedException.TIMEOUT.equals(stored.failureReason())
                    ? new ApiProblem(ApiProblem.Kind.REVIEW_TIMEOUT, "This review took longer than its time budget of "
                    + jobs.timeBudget().toSeconds() + " s (clausewarden.reviews.time-budget) and was stopped.")
                    : new ApiProblem(ApiProblem.Kind.INTERNAL,
                    "This review failed. Submit the document again; quote the review id when reporting it.");
        };
    }

    @Get(value = "/{id}/events", produces = MediaType.TEXT_EVENT_STREAM)
    public Publisher<Event<Object>> events(TenantContext caller, @PathVariable String id) {
        return streams.of(caller.tenantId(), find(caller, id).id());
    }

    private CompletableFuture<HttpResponse<?>> start(TenantContext caller, ParsedDocument document, String playbookId,
                                  Integer playbookVersion, String prefer, ReviewArchive.StoredDocument original,
                                  String ourParty) {
        PlaybookLibrary.Stored playbook = resolvePlaybook(caller, playbookId, playbookVersion);
        ReviewJobs.Request request = new ReviewJobs.Request(caller, playbook.playbook(), document.clauses(), original,
                publishedPlaybooks(caller), document.notes(),
                ourParty == null || ourParty.isBlank() ? null : ourParty.strip());
        if (prefer != null && prefer.toLowerCase().contains("respond-async")) {
            UUID id = jobs.submit(request);
            return CompletableFuture.completedFuture(HttpResponse.accepted(URI.create("/api/v1/reviews/" + id))
                    .header("Preference-Applied", "respond-async")
                    .body(ReviewStatus.of(id, ReviewArchive.RUNNING, document.clauses().size())));
        }
        return jobs.run(request).<HttpResponse<?>>thenApply(report -> HttpResponse.created(report, URI.create("/api/v1/reviews/" + report.id())));
    }

    private ReviewArchive.StoredReview find(TenantContext caller, String id) {
        return ReviewIds.parse(id).flatMap(uuid -> archive.find(caller.tenantId(), uuid))
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

    /** The firm's published playbooks, its default first: candidates when the chosen one does not fit. */
    private List<Playbook> publishedPlaybooks(TenantContext caller) {
        return playbooks.list(caller.tenantId()).stream().filter(e -> e.publishedVersion() != null)
                .sorted(Comparator.comparing((PlaybookLibrary.Entry e) -> !e.isDefault()))
                .map(PlaybookLibrary.Entry::playbook).toList();
    }

    private PlaybookLibrary.Stored resolvePlaybook(TenantContext caller, String playbookId, Integer version) {
        if (playbookId == null || playbookId.isBlank()) {
            return playbooks.defaultPlaybook(caller.tenantId())
                    .orElseThrow(() -> ApiProblem.notFound("A default playbook"));
        }
        Optional<PlaybookLibrary.Stored> found = version == null
                ? playbooks.published(caller.tenantId(), playbookId)
                : playbooks.version(caller.tenantId(), playbookId, version).filter(p -> !p.draft());
        return found.orElseThrow(() -> ApiProblem.notFound("Playbook '" + PlaybookIds.printable(playbookId) + "'"
                + (version == null ? "" : " version " + version)));
    }

    private static byte[] bytes(CompletedFileUpload file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Integer parseVersion(String version) {
        if (version == null || version.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(version.trim());
        } catch (NumberFormatException e) {
            throw new ApiProblem(ApiProblem.Kind.VALIDATION, "'playbookVersion' must be a whole number.");
        }
    }
}
