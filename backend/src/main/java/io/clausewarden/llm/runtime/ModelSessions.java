package io.clausewarden.llm.runtime;

import io.clausewarden.llm.JudgementSession;
import io.clausewarden.llm.ModelGateway;
import io.clausewarden.llm.ModelSettings;
import io.clausewarden.llm.store.MaskedNames;
import io.clausewarden.llm.store.TenantModelSettings;
import io.clausewarden.tenant.TenantId;
import io.clausewarden.tenant.store.Tenants;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;

/**
 * Opens a model session for a tenant's document with the tenant's settings and region. The names masked are
 * the operator's {@code clausewarden.llm.masked-names} and the tenant's own list.
 */
@Singleton
public class ModelSessions {
    private final ModelGateway gateway;
    private final TenantModelSettings settings;
    private final Tenants tenants;
    private final MaskedNames tenantNames;
    private final List<String> serverNames;

    public ModelSessions(ModelGateway gateway, TenantModelSettings settings, Tenants tenants, MaskedNames tenantNames,
                         @Value("${clausewarden.llm.masked-names:}") List<String> serverNames) {
        this.gateway = gateway;
        this.settings = settings;
        this.tenants = tenants;
        this.tenantNames = tenantNames;
        this.serverNames = serverNames == null ? List.of() : List.copyOf(serverNames);
    }

    /** @param documentTexts the document's clause texts, in order */
    public JudgementSession open(TenantId tenant, List<String> documentTexts) {
        ModelSettings effective = settings.effective(tenant);
        List<String> names = new ArrayList<>(serverNames);
        if (effective.enabled()) {
            names.addAll(tenantNames.of(tenant));
        }
        return gateway.open(tenant, tenants.region(tenant), effective, documentTexts, names);
    }

    /** Drops what this node cached for the tenant. */
    public void forget(TenantId tenant) {
        gateway.forget(tenant);
    }
}
