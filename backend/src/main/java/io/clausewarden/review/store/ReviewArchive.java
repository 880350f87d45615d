package io.clausewarden.review.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.clausewarden.crypto.ContentRef;
import io.clausewarden.crypto.EnvelopeEncryption;
import io.clausewarden.review.ReviewReport;
import io.clausewarden.tenant.TenantContext;
import io.clausewarden.tenant.TenantId;
import io.clausewarden.tenant.store.TenantTransactions;
import io.clausewarden.tenant.store.Tenants;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Keeps review results encrypted under the tenant's data key until they expire
 * (the tenant's retention period, 90 days unless the firm chose otherwise).
 */
@Singleton
public class ReviewArchive {
    static final String TABLE = "reviews";

    private final ReviewRepository repository;
    private final TenantTransactions transactions;
    private final EnvelopeEncryption encryption;
    private final Tenants tenants;
    private final ObjectMapper json;
    private final Clock clock;

    public ReviewArchive(ReviewRepository repository, TenantTransactions transactions, EnvelopeEncryption encryption,
                         Tenants tenants, ObjectMapper json, Clock clock) {
        this.repository = repository;
        this.transactions = transactions;
        this.encryption = encryption;
        this.tenants = tenants;
        this.json = json;
        this.clock = clock;
    }

    public void store(TenantContext caller, ReviewReport report) {
        UUID id = UUID.fromString(report.id());
        TenantId tenant = caller.tenantId();
        Instant now = clock.instant();
        int retentionDays = tenants.find(tenant).map(t -> t.retentionDays()).orElse(90);
        transactions.write(tenant, () -> {
            byte[] payload = encryption.encrypt(tenant, new ContentRef(TABLE, id.toString()), serialize(report));
            return repository.save(new ReviewRow(id, tenant.value(), caller.userId(), report.playbook().id(),
                    report.playbook().version(), now, now.plus(Duration.ofDays(retentionDays)), payload));
        });
    }

    public Optional<ReviewReport> find(TenantId tenant, UUID id) {
        return transactions.read(tenant, () -> repository
                .findByIdAndTenantIdAndExpiresAtGreaterThan(id, tenant.value(), clock.instant())
                .map(row -> deserialize(encryption.decrypt(tenant, new ContentRef(TABLE, id.toString()), row.payload()))));
    }

    private byte[] serialize(ReviewReport report) {
        try {
            return json.writeValueAsBytes(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise a review", e);
        }
    }

    private ReviewReport deserialize(byte[] bytes) {
        try {
            return json.readValue(bytes, ReviewReport.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read a stored review", e);
        }
    }
}
