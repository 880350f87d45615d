package io.clausewarden.llm.web;

import io.clausewarden.http.ApiProblem;
import io.clausewarden.http.Problem;
import io.clausewarden.identity.Roles;
import io.clausewarden.llm.MaskedNameRules;
import io.clausewarden.llm.store.MaskedNames;
import io.clausewarden.tenant.TenantContext;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;

import java.util.ArrayList;
import java.util.List;

/**
 * The firm's own names to mask before clause text goes to a model provider (its clients, say). The list is
 * confidential: the firm's lawyers and administrators read it, administrators change it.
 */
@Controller("/api/v1/tenant/model/masked-names")
@Secured({Roles.ADMIN, Roles.LAWYER})
@ExecuteOn(TaskExecutors.BLOCKING)
public class MaskedNamesController {
    private final MaskedNames maskedNames;

    public MaskedNamesController(MaskedNames maskedNames) {
        this.maskedNames = maskedNames;
    }

    @Introspected
    public record Names(@Nullable List<String> names) {
        @Override
        public String toString() {
            return "Names[" + (names == null ? "none" : names.size() + " names") + "]";
        }
    }

    @Get
    public Names get(TenantContext caller) {
        return new Names(maskedNames.of(caller.tenantId()));
    }

    /** Replaces the list; an empty one removes it. Answers with the list as stored. */
    @Put
    @Secured(Roles.ADMIN)
    public Names replace(TenantContext caller, @Body Names change) {
        maskedNames.replace(caller.tenantId(), validate(change));
        return get(caller);
    }

    /** Every name at fault, or the names. Details never repeat what was submitted. */
    private static List<String> validate(Names change) {
        if (change == null) {
            throw new ApiProblem(ApiProblem.Kind.BAD_REQUEST, "Send the names as a JSON object {\"names\": [...]}.");
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        List<String> names = change.names();
        if (names == null) {
            errors.add(new Problem.FieldError("names", "is required: a list of names, empty to remove them all"));
        } else if (names.size() > MaskedNameRules.MAX_NAMES) {
            errors.add(new Problem.FieldError("names", "may hold at most " + MaskedNameRules.MAX_NAMES + " names"));
        } else {
            for (int i = 0; i < names.size(); i++) {
                String field = "names[" + i + "]";
                MaskedNameRules.refusal(names.get(i)).ifPresent(reason -> errors.add(new Problem.FieldError(field, reason)));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.invalidFields(errors);
        }
        return names;
    }
}
