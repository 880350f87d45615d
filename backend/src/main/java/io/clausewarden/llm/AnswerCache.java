package io.clausewarden.llm;

import io.clausewarden.support.Sha256;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.clausewarden.tenant.TenantId;
import java.time.Duration;
import java.util.Optional;

/**
 * Answers already given, in this process's memory only. The key is the SHA-256 of tenant, playbook position,
 * masked clause, provider and model; the tenant is also kept beside it so no lookup can cross tenants and a
 * tenant's entries can be dropped together. Answers are stored masked.
 */
final class AnswerCache {
    private record Key(TenantId tenant, String hash) {
    }

    private final Cache<Key, ModelAnswer> answers;

    AnswerCache(long entries, Duration ttl) {
        this.answers = Caffeine.newBuilder().maximumSize(entries).expireAfterWrite(ttl).build();
    }

    static String hash(TenantId tenant, String positionKey, String maskedClause, ModelSettings settings) {
        return Sha256.hex(String.join("\u0000", tenant.value().toString(), positionKey, maskedClause,
                settings.provider().code(), settings.model(), "answer-schema-1"));
    }

    Optional<ModelAnswer> find(TenantId tenant, String hash) {
        return Optional.ofNullable(answers.getIfPresent(new Key(tenant, hash)));
    }

    void put(TenantId tenant, String hash, ModelAnswer answer) {
        answers.put(new Key(tenant, hash), answer);
    }

    void forget(TenantId tenant) {
        answers.asMap().keySet().removeIf(key -> key.tenant().equals(tenant));
    }

    long size() {
        answers.cleanUp();
        return answers.estimatedSize();
    }
}
