package io.clausewarden.playbook.web;

import io.clausewarden.http.ApiProblem;
import io.clausewarden.identity.Roles;
import io.clausewarden.playbook.Playbook;
import io.clausewarden.playbook.store.PlaybookLibrary;
import io.clausewarden.tenant.TenantContext;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

import java.net.URI;
import java.time.Instant;
import java.util.List;

/**
 * The tenant's playbooks. Anyone signed in reads them; admins create, edit drafts, publish and
 * choose the default. Definitions are imported and exported as YAML or JSON.
 */
@Controller("/api/v1/playbooks")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
public class PlaybookController {
    static final String YAML = "application/yaml";

    private final PlaybookLibrary library;

    public PlaybookController(PlaybookLibrary library) {
        this.library = library;
    }

    @Introspected
    public record PlaybookSummary(String id, String name, Integer version, boolean hasDraft, boolean isDefault,
                                  String contractType, String ourRole, int positions) {
        static PlaybookSummary of(PlaybookLibrary.Entry entry) {
            Playbook p = entry.playbook();
            return new PlaybookSummary(entry.slug(), entry.name(), entry.publishedVersion(), entry.hasDraft(),
                    entry.isDefault(), p.contractType(), p.ourRole(), p.positions().size());
        }
    }

    @Introspected
    public record PlaybookVersion(String id, int version, String status, Instant publishedAt, Instant updatedAt,
                                  Playbook definition) {
        static PlaybookVersion of(PlaybookLibrary.Stored stored) {
            return new PlaybookVersion(stored.slug(), stored.version(), stored.draft() ? "draft" : "published",
                    stored.publishedAt(), stored.updatedAt(), stored.playbook());
        }
    }

    @Get
    public List<PlaybookSummary> list(TenantContext caller) {
        return library.list(caller.tenantId()).stream().map(PlaybookSummary::of).toList();
    }

    @Get("/{id}")
    public PlaybookVersion get(TenantContext caller, @PathVariable String id, @Nullable @QueryValue Integer version) {
        return PlaybookVersion.of(resolve(caller, id, version));
    }

    @Get("/{id}/versions")
    public List<PlaybookVersion> versions(TenantContext caller, @PathVariable String id) {
        List<PlaybookLibrary.Stored> versions = library.versions(caller.tenantId(), id);
        if (versions.isEmpty()) {
            throw notFound(id);
        }
        return versions.stream().map(PlaybookVersion::of).toList();
    }

    @Get("/{id}/draft")
    public PlaybookVersion draft(TenantContext caller, @PathVariable String id) {
        return library.draft(caller.tenantId(), id).map(PlaybookVersion::of)
                .orElseThrow(() -> ApiProblem.notFound("A draft of playbook '" + PlaybookIds.printable(id) + "'"));
    }

    /** The definition as it was imported, in YAML or JSON. */
    @Get(value = "/{id}/export", produces = {YAML, MediaType.APPLICATION_JSON})
    public HttpResponse<String> export(TenantContext caller, @PathVariable String id,
                                       @Nullable @QueryValue Integer version, @Nullable @QueryValue String format) {
        PlaybookLibrary.Stored stored = resolve(caller, id, version);
        boolean json = "json".equalsIgnoreCase(format);
        String body = json ? PlaybookFormats.toJson(stored.source()) : PlaybookFormats.toYaml(stored.source());
        return HttpResponse.ok(body).contentType(json ? MediaType.APPLICATION_JSON_TYPE : MediaType.of(YAML))
                .header("Content-Disposition", "attachment; filename=\"" + stored.slug() + "-v" + stored.version()
                        + (json ? ".json" : ".yaml") + "\"");
    }

    @Post
    @Secured(Roles.ADMIN)
    @Consumes({MediaType.APPLICATION_JSON, YAML, "text/yaml", "application/x-yaml"})
    public HttpResponse<PlaybookVersion> create(TenantContext caller, @Body String definition) {
        PlaybookLibrary.Stored created = library.create(caller.tenantId(), definition);
        return HttpResponse.created(PlaybookVersion.of(created), URI.create("/api/v1/playbooks/" + created.slug() + "/draft"));
    }

    @Put("/{id}/draft")
    @Secured(Roles.ADMIN)
    @Consumes({MediaType.APPLICATION_JSON, YAML, "text/yaml", "application/x-yaml"})
    public PlaybookVersion saveDraft(TenantContext caller, @PathVariable String id, @Body String definition) {
        try {
            return PlaybookVersion.of(library.saveDraft(caller.tenantId(), id, definition));
        } catch (PlaybookLibrary.PlaybookNotFound e) {
            throw notFound(id);
        }
    }

    @Delete("/{id}/draft")
    @Secured(Roles.ADMIN)
    @Status(HttpStatus.NO_CONTENT)
    public void discardDraft(TenantContext caller, @PathVariable String id) {
        try {
            library.discardDraft(caller.tenantId(), id);
        } catch (PlaybookLibrary.PlaybookNotFound e) {
            throw ApiProblem.notFound("A draft of playbook '" + PlaybookIds.printable(id) + "'");
        }
    }

    @Post("/{id}/publish")
    @Secured(Roles.ADMIN)
    public PlaybookVersion publish(TenantContext caller, @PathVariable String id) {
        requireExists(caller, id);
        return PlaybookVersion.of(library.publish(caller.tenantId(), id));
    }

    @Put("/{id}/default")
    @Secured(Roles.ADMIN)
    @Status(HttpStatus.NO_CONTENT)
    public void makeDefault(TenantContext caller, @PathVariable String id) {
        requireExists(caller, id);
        library.makeDefault(caller.tenantId(), id);
    }

    private PlaybookLibrary.Stored resolve(TenantContext caller, String id, Integer version) {
        return (version == null ? library.published(caller.tenantId(), id) : library.version(caller.tenantId(), id, version))
                .orElseThrow(() -> notFound(id));
    }

    private void requireExists(TenantContext caller, String id) {
        if (library.versions(caller.tenantId(), id).isEmpty()) {
            throw notFound(id);
        }
    }

    private static ApiProblem notFound(String id) {
        return ApiProblem.notFound("Playbook '" + PlaybookIds.printable(id) + "'");
    }
}
