package io.clausewarden.playbook.web;

import io.clausewarden.http.ApiProblem;
import io.clausewarden.playbook.Playbook;
import io.clausewarden.playbook.store.PlaybookLibrary;
import io.clausewarden.tenant.TenantContext;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

import java.util.List;

@Controller("/api/v1/playbooks")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
public class PlaybookController {
    private final PlaybookLibrary library;

    public PlaybookController(PlaybookLibrary library) {
        this.library = library;
    }

    @Introspected
    public record PlaybookSummary(String id, int version, String name, boolean isDefault, String contractType,
                                  String ourRole, int positions) {
        static PlaybookSummary of(PlaybookLibrary.Stored stored) {
            Playbook p = stored.playbook();
            return new PlaybookSummary(stored.slug(), stored.version(), stored.name(), stored.isDefault(),
                    p.contractType(), p.ourRole(), p.positions().size());
        }
    }

    @Introspected
    public record PlaybookDetail(String id, int version, boolean isDefault, Playbook definition) {
    }

    @Get
    public List<PlaybookSummary> list(TenantContext caller) {
        return library.list(caller.tenantId()).stream().map(PlaybookSummary::of).toList();
    }

    @Get("/{id}")
    public PlaybookDetail get(TenantContext caller, @PathVariable String id) {
        PlaybookLibrary.Stored stored = library.find(caller.tenantId(), id)
                .orElseThrow(() -> ApiProblem.notFound("Playbook '" + PlaybookIds.printable(id) + "'"));
        return new PlaybookDetail(stored.slug(), stored.version(), stored.isDefault(), stored.playbook());
    }
}
