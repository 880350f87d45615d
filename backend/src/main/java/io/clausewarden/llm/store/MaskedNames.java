package io.clausewarden.llm.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.clausewarden.crypto.ContentRef;
import io.clausewarden.crypto.EnvelopeEncryption;
import io.clausewarden.llm.MaskedNameRules;
import io.clausewarden.tenant.TenantId;
import io.clausewarden.tenant.store.TenantTransactions;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * A tenant's own list of names to mask before clause text goes to a model provider. The names of a firm's
 * clients are confidential, so the list is stored as ciphertext under the tenant's data key, bound to its row.
 */
@Singleton
public class MaskedNames {
    static final String TABLE = "masked_names";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<String>> NAMES = new TypeReference<>() {
    };

    private final MaskedNamesRepository repository;
    private final TenantTransactions transactions;
    private final EnvelopeEncryption encryption;
    private final Clock clock;

    public MaskedNames(MaskedNamesRepository repository, TenantTransactions transactions, EnvelopeEncryption encryption,
                       Clock clock) {
        this.repository = repository;
        this.transactions = transactions;
        this.encryption = encryption;
        this.clock = clock;
    }

    /** The tenant's names in the order stored; empty when it has listed none. */
    public List<String> of(TenantId tenant) {
        return transactions.read(tenant, () -> repository.findById(tenant.value())
                .map(row -> decrypt(tenant, row.names())).orElse(List.of()));
    }

    /**
     * Replaces the tenant's list with the names trimmed and without duplicates; an empty list removes it.
     *
     * @throws IllegalArgumentException when the names break {@link MaskedNameRules}
     */
    public void replace(TenantId tenant, List<String> names) {
        List<String> normalised = MaskedNameRules.normalise(names);
        transactions.write(tenant, () -> {
            if (normalised.isEmpty()) {
                repository.deleteById(tenant.value());
                return null;
            }
            byte[] ciphertext = encrypt(tenant, normalised);
            Instant now = clock.instant();
            // The first list inserts; when another request inserted first, its row is there to update.
            if (repository.change(tenant.value(), ciphertext, now) == 0
                    && repository.insert(tenant.value(), ciphertext, now) == 0
                    && repository.change(tenant.value(), ciphertext, now) == 0) {
                throw new IllegalStateException("Cannot store the names to mask");
            }
            return null;
        });
    }

    private byte[] encrypt(TenantId tenant, List<String> names) {
        try {
            return encryption.encrypt(tenant, ref(tenant), JSON.writeValueAsBytes(names));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the names to mask", e);
        }
    }

    private List<String> decrypt(TenantId tenant, byte[] ciphertext) {
        try {
            return List.copyOf(JSON.readValue(encryption.decrypt(tenant, ref(tenant), ciphertext), NAMES));
        } catch (java.io.IOException e) {
            throw new IllegalStateException("The stored names to mask are not a JSON array", e);
        }
    }

    private static ContentRef ref(TenantId tenant) {
        return new ContentRef(TABLE, tenant.toString());
    }
}
