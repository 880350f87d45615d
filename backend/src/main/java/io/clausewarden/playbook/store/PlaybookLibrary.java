package io.clausewarden.playbook.store;

import io.clausewarden.playbook.BundledPlaybooks;
import io.clausewarden.playbook.Playbook;
import io.clausewarden.playbook.PlaybookReader;
import io.clausewarden.tenant.TenantSeeds;
import io.clausewarden.tenant.TenantId;
import io.clausewarden.tenant.store.TenantTransactions;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** A tenant's playbooks, newest version first. New tenants start with the bundled ones. */
@Singleton
public class PlaybookLibrary implements TenantSeeds {
    public static final String DEFAULT_SLUG = "saas-customer";

    private final PlaybookRepository repository;
    private final TenantTransactions transactions;
    private final Clock clock;

    public PlaybookLibrary(PlaybookRepository repository, TenantTransactions transactions, Clock clock) {
        this.repository = repository;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** A stored playbook version with its parsed definition. */
    public record Stored(UUID id, String slug, int version, String name, boolean isDefault, Playbook playbook) {
    }

    @Override
    public void seed(TenantId tenant) {
        for (String slug : BundledPlaybooks.ids()) {
            Playbook playbook = BundledPlaybooks.load(slug);
            repository.save(new PlaybookRow(UUID.randomUUID(), tenant.value(), slug, playbook.version(), playbook.name(),
                    DEFAULT_SLUG.equals(slug), bundledSource(slug), clock.instant()));
        }
    }

    public Optional<Stored> find(TenantId tenant, String slug) {
        return transactions.read(tenant, () ->
                repository.findFirstByTenantIdAndSlugOrderByVersionDesc(tenant.value(), slug).map(PlaybookLibrary::parse));
    }

    public Optional<Stored> findDefault(TenantId tenant) {
        return transactions.read(tenant, () ->
                repository.findFirstByTenantIdAndIsDefaultOrderByVersionDesc(tenant.value(), true).map(PlaybookLibrary::parse));
    }

    /** The newest version of each playbook. */
    public List<Stored> list(TenantId tenant) {
        return transactions.read(tenant, () -> {
            Map<String, Stored> newest = new LinkedHashMap<>();
            List<PlaybookRow> rows = new ArrayList<>(repository.findByTenantId(tenant.value()));
            rows.sort(Comparator.comparing(PlaybookRow::slug).thenComparing(PlaybookRow::version, Comparator.reverseOrder()));
            for (PlaybookRow row : rows) {
                newest.putIfAbsent(row.slug(), parse(row));
            }
            return new ArrayList<>(newest.values());
        });
    }

    private static Stored parse(PlaybookRow row) {
        Playbook playbook = PlaybookReader.fromYaml(row.definition());
        return new Stored(row.id(), row.slug(), row.version(), row.name(), row.isDefault(), playbook);
    }

    private static String bundledSource(String slug) {
        try (InputStream in = PlaybookLibrary.class.getResourceAsStream("/playbooks/" + slug + ".yaml")) {
            if (in == null) {
                throw new IllegalStateException("Bundled playbook resource missing: " + slug);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
