package io.clausewarden.llm.store;

import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

import java.time.LocalDate;
import java.util.UUID;

/** One tenant's tokens on one UTC day. */
@MappedEntity("model_usage")
public record ModelUsageRow(@EmbeddedId Key key, long tokens) {
    @Embeddable
    public record Key(@MappedProperty("tenant_id") UUID tenantId, @MappedProperty("usage_day") LocalDate day) {
    }
}
