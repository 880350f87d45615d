package io.clausewarden.review.web;

import io.clausewarden.document.Clause;
import io.clausewarden.document.DocumentReader;
import io.clausewarden.http.ApiProblem;
import io.clausewarden.redline.DocumentRedliner;
import io.clausewarden.redline.FindingPackages;
import io.clausewarden.redline.RedlineOptions;
import io.clausewarden.redline.RedlineResult;
import io.clausewarden.redline.TextOperations;
import io.clausewarden.review.Finding;
import io.clausewarden.review.FindingEdits;
import io.clausewarden.review.ReviewReport;
import io.clausewarden.review.store.ReviewArchive;
import io.clausewarden.tenant.TenantContext;
import io.clausewarden.tenant.store.TenantRow;
import io.clausewarden.tenant.store.Tenants;
import io.clausewarden.tenant.web.RedlineAuthors;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Suggested edits as tracked changes: the whole uploaded document redlined, or one finding at a
 * time as a Flat-OPC package (for Word's insertOoxml) or as minimal text operations.
 */
@Controller("/api/v1/reviews/{id}")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
public class RedlineController {
    static final MediaType DOCX = MediaType.of("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final ReviewArchive archive;
    private final DocumentReader documents;
    private final Tenants tenants;
    private final DocumentRedliner redliner;
    private final String defaultAuthor;
    private final Clock clock;

    public RedlineController(ReviewArchive archive, DocumentReader documents, DocumentRedliner redliner, Tenants tenants,
                             Clock clock, @Value("${clausewarden.redline.default-author}") String defaultAuthor) {
        this.archive = archive;
        this.documents = documents;
        this.redliner = redliner;
        this.tenants = tenants;
        this.clock = clock;
        this.defaultAuthor = defaultAuthor;
    }

    /**
     * Every finding with a suggestion (or those named in {@code findings}, comma-separated) as tracked changes; a
     * missing clause with a placement as tracked new paragraphs.
     */
    @Get(value = "/redline.docx", produces = "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
    public HttpResponse<byte[]> document(TenantContext caller, @PathVariable String id, @Nullable @QueryValue String findings) {
        UUID reviewId = ReviewIds.parse(id).orElseThrow(() -> ApiProblem.notFound("The review"));
        ReviewReport report = report(caller, reviewId);
        ReviewArchive.StoredDocument original = archive.document(caller.tenantId(), reviewId)
                .orElseThrow(() -> new ApiProblem(ApiProblem.Kind.CONFLICT,
                        "This review was not made from a Word document; upload the .docx to get a redlined copy."));
        List<Finding> chosen = chosen(report, findings);
        Map<Integer, String> anchors = documents.read(original.name(), original.content()).clauses().stream()
                .filter(clause -> clause.anchor() != null)
                .collect(Collectors.toMap(Clause::index, Clause::anchor, (a, b) -> a));
        RedlineResult result = documents.withPermit(
                () -> redliner.redline(original.content(), FindingEdits.of(chosen, anchors),
                        FindingEdits.insertions(chosen, anchors), options(caller)));
        return HttpResponse.ok(result.docx()).contentType(DOCX)
                .header("Content-Disposition", "attachment; filename=\"" + redlinedName(original.name()) + "\"")
                .header("X-Redline-Applied", Integer.toString(result.applied().size()))
                .header("X-Redline-Skipped", result.skipped().stream().map(RedlineResult.Skipped::editId)
                        .collect(Collectors.joining(",")));
    }

    /** One finding as a Flat-OPC package with the tracked change (and the counterparty comment). */
    @Get(value = "/findings/{findingId}/ooxml", produces = MediaType.APPLICATION_XML)
    public HttpResponse<String> ooxml(TenantContext caller, @PathVariable String id, @PathVariable String findingId) {
        Finding finding = editable(caller, id, findingId);
        return HttpResponse.ok(FindingPackages.flatOpc(finding.quote(), finding.suggestedText(), finding.comment(),
                options(caller))).contentType(MediaType.APPLICATION_XML_TYPE);
    }

    /** One finding as minimal delete/insert operations anchored on its quote. */
    @Get("/findings/{findingId}/operations")
    public List<TextOperations.Operation> operations(TenantContext caller, @PathVariable String id,
                                                     @PathVariable String findingId) {
        Finding finding = editable(caller, id, findingId);
        return TextOperations.of(finding.quote(), finding.suggestedText());
    }

    private Finding editable(TenantContext caller, String id, String findingId) {
        UUID reviewId = ReviewIds.parse(id).orElseThrow(() -> ApiProblem.notFound("The review"));
        Finding finding = report(caller, reviewId).findings().stream().filter(f -> f.id().equals(findingId)).findFirst()
                .orElseThrow(() -> ApiProblem.notFound("The finding"));
        if (!FindingEdits.isEditable(finding)) {
            throw new ApiProblem(ApiProblem.Kind.CONFLICT, "This finding has no suggested edit to apply.");
        }
        return finding;
    }

    private ReviewReport report(TenantContext caller, UUID reviewId) {
        ReviewArchive.StoredReview stored = archive.find(caller.tenantId(), reviewId)
                .orElseThrow(() -> ApiProblem.notFound("The review"));
        if (stored.report() == null) {
            throw new ApiProblem(ApiProblem.Kind.CONFLICT, "The review is not finished yet.");
        }
        return stored.report();
    }

    private static List<Finding> chosen(ReviewReport report, String findings) {
        if (findings == null || findings.isBlank()) {
            return report.findings();
        }
        Set<String> ids = Arrays.stream(findings.split(",")).map(String::strip).collect(Collectors.toSet());
        List<Finding> chosen = report.findings().stream().filter(f -> ids.contains(f.id())).toList();
        if (chosen.size() != ids.size()) {
            throw ApiProblem.notFound("Some of the named findings");
        }
        return chosen;
    }

    private RedlineOptions options(TenantContext caller) {
        Optional<String> chosen = tenants.find(caller.tenantId()).map(TenantRow::redlineAuthor);
        return new RedlineOptions(RedlineAuthors.of(chosen.orElse(null), defaultAuthor), null, clock.instant());
    }

    private static String redlinedName(String name) {
        String base = name == null ? "document" : name.replaceAll("[\\\\/\"\\r\\n]", "_");
        return (base.toLowerCase().endsWith(".docx") ? base.substring(0, base.length() - 5) : base) + ".redlined.docx";
    }
}
