package io.clausewarden.review.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.clausewarden.crypto.ContentRef;
import io.clausewarden.crypto.EnvelopeEncryption;
import io.clausewarden.review.ReviewReport;
import io.clausewarden.tenant.TenantContext;
import io.clausewarden.tenant.TenantId;
import io.clausewarden.tenant.store.TenantRow;
import io.clausewarden.tenant.store.TenantTransactions;
import io.clausewarden.tenant.store.Tenants;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Review jobs and their results. A row exists from the moment a review starts, so every node can
 * answer for it; the result is stored encrypted under the tenant's data key when the review is
 * done, and everything expires after the tenant's retention period (90 days unless chosen otherwise).
 */
@Singleton
public class ReviewArchive {
    static final String TABLE = "reviews";
    static final String DOCUMENTS = "reviews.document";
    static final String DOCUMENT_NAMES = "reviews.document_name";
    /** The name of a document stored before names were encrypted (V7 dropped the plain names). */
    static final String UNNAMED = "document.docx";
    public static final String RUNNING = "running";
    public static final String DONE = "done";
    public static final String FAILED = "failed";
    /** The failure reason of a review whose node stopped without ending it. */
    public static final String ABANDONED = "abandoned";

    private final ReviewRepository repository;
    private final RunningReviewRepository running;
    private final TenantTransactions transactions;
    private final EnvelopeEncryption encryption;
    private final Tenants tenants;
    private final ObjectMapper json;
    private final Clock clock;

    public ReviewArchive(ReviewRepository repository, RunningReviewRepository running, TenantTransactions transactions,
                         EnvelopeEncryption encryption, Tenants tenants, ObjectMapper json, Clock clock) {
        this.repository = repository;
        this.running = running;
        this.transactions = transactions;
        this.encryption = encryption;
        this.tenants = tenants;
        this.json = json;
        this.clock = clock;
    }

    /** What is known of a review: its status and, once done, its report. */
    public record StoredReview(UUID id, String status, int clauseCount, ReviewReport report, String failureReason) {
    }

    /** The Word document a review was made from. */
    public record StoredDocument(String name, byte[] content) {
    }

    /**
     * Records a running review that must end by {@code deadline}; {@code document} is the uploaded Word file, or
     * null for text.
     */
    public void start(TenantContext caller, UUID id, String playbookSlug, int playbookVersion, int clauseCount,
                      StoredDocument document, Instant deadline) {
        TenantId tenant = caller.tenantId();
        Instant now = clock.instant();
        int retentionDays = tenants.find(tenant).map(TenantRow::retentionDays).orElse(90);
        transactions.write(tenant, () -> {
            byte[] sealed = document == null ? null
                    : encryption.encrypt(tenant, new ContentRef(DOCUMENTS, id.toString()), document.content());
            byte[] sealedName = document == null ? null : encryption.encrypt(tenant,
                    new ContentRef(DOCUMENT_NAMES, id.toString()), document.name().getBytes(StandardCharsets.UTF_8));
            repository.save(new ReviewRow(id, tenant.value(), caller.userId(), playbookSlug, playbookVersion,
                    now, now.plus(Duration.ofDays(retentionDays)), null, RUNNING, clauseCount, null, sealed, sealedName, null));
            return running.save(new RunningReviewRow(id, tenant.value(), deadline));
        });
    }

    public Optional<StoredDocument> document(TenantId tenant, UUID id) {
        return transactions.read(tenant, () -> repository
                .findByIdAndTenantIdAndExpiresAtGreaterThan(id, tenant.value(), clock.instant())
                .filter(row -> row.document() != null)
                .map(row -> new StoredDocument(row.documentNameSealed() == null ? UNNAMED : new String(encryption.decrypt(
                        tenant, new ContentRef(DOCUMENT_NAMES, id.toString()), row.documentNameSealed()), StandardCharsets.UTF_8),
                        encryption.decrypt(tenant, new ContentRef(DOCUMENTS, id.toString()), row.document()))));
    }

    public void complete(TenantId tenant, ReviewReport report) {
        UUID id = UUID.fromString(report.id());
        transactions.write(tenant, () -> {
            byte[] payload = encryption.encrypt(tenant, new ContentRef(TABLE, id.toString()), serialize(report));
            repository.update(id, payload, DONE, clock.instant());
            running.deleteById(id);
            return null;
        });
    }

    /** Fails a running review for {@code reason} (a short code such as timeout); true if it was still running. */
    public boolean fail(TenantId tenant, UUID id, String reason) {
        return transactions.write(tenant, () -> {
            int failed = repository.failRunning(id, reason, clock.instant());
            running.deleteById(id);
            return failed > 0;
        });
    }

    /**
     * Fails, with reason {@code abandoned}, every running review of any tenant whose deadline passed before
     * {@code before}: no node runs a review past its deadline, so these belong to a node that stopped without
     * ending them. Each is failed within its own tenant's transaction. Returns how many were failed.
     */
    public int failAbandoned(Instant before) {
        int failed = 0;
        for (RunningReviewRow row : running.findByDeadlineAtLessThan(before)) {
            if (fail(new TenantId(row.tenantId()), row.reviewId(), ABANDONED)) {
                failed++;
            }
        }
        return failed;
    }

    public Optional<StoredReview> find(TenantId tenant, UUID id) {
        return transactions.read(tenant, () -> repository
                .findByIdAndTenantIdAndExpiresAtGreaterThan(id, tenant.value(), clock.instant())
                .map(row -> new StoredReview(id, row.status(), row.clauseCount(), row.payload() == null ? null
                        : deserialize(encryption.decrypt(tenant, new ContentRef(TABLE, id.toString()), row.payload())),
                        row.failureReason())));
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
