package io.clausewarden.llm.runtime;

import io.clausewarden.llm.JudgementSession;
import io.clausewarden.llm.ModelGateway;
import io.clausewarden.llm.store.TenantModelSettings;
import io.clausewarden.tenant.TenantId;
import io.clausewarden.tenant.store.Tenants;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.util.List;

/** Opens a model session for a tenant's document with the tenant's settings, region and masking list. */
@Singleton
public class ModelSessions {
    private final ModelGateway gateway;
    private final TenantModelSettings settings;
    private final Tenants tenants;
    private final List<String> maskedNames;

    public ModelSessions(ModelGateway gateway, TenantModelSettings settings, Tenants tenants,
                         @Value("${clausewarden.llm.masked-names:}") List<String> maskedNames) {
        this.gateway = gateway;
        this.settings = settings;
        this.tenants = tenants;
        this.maskedNames = maskedNames == null ? List.of() : List.copyOf(maskedNames);
    }

    /** @param documentTexts the document's clause texts, in order */
    public JudgementSession open(TenantId tenant, List<String> documentTexts) {
        return gateway.open(tenant, tenants.region(tenant), settings.effective(tenant), documentTexts, maskedNames);
    }

    /** Drops what this node cached for the tenant. */
    public void forget(TenantId tenant) {
        gateway.forget(tenant);
    }
}
