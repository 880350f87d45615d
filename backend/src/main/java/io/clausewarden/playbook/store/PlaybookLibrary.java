package io.clausewarden.playbook.store;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.clausewarden.playbook.BundledPlaybooks;
import io.clausewarden.playbook.InvalidPlaybookException;
import io.clausewarden.playbook.Playbook;
import io.clausewarden.playbook.PlaybookConflictException;
import io.clausewarden.playbook.PlaybookReader;
import io.clausewarden.tenant.TenantId;
import io.clausewarden.tenant.TenantSeeds;
import io.clausewarden.tenant.store.TenantRow;
import io.clausewarden.tenant.store.TenantTransactions;
import io.clausewarden.tenant.store.Tenants;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A tenant's playbooks and their versions. Each playbook has at most one draft, which admins edit;
 * publishing freezes it as the next immutable version. Reviews use the newest published version
 * unless they name one. New tenants start with the bundled playbooks, published under their bundled
 * version numbers, so the server and the command line agree on what "saas-customer v2" means.
 */
@Singleton
public class PlaybookLibrary implements TenantSeeds {
    public static final String DEFAULT_SLUG = BundledPlaybooks.DEFAULT_ID;

    private final PlaybookRepository repository;
    private final TenantTransactions transactions;
    private final Tenants tenants;
    private final Clock clock;

    public PlaybookLibrary(PlaybookRepository repository, TenantTransactions transactions, Tenants tenants, Clock clock) {
        this.repository = repository;
        this.transactions = transactions;
        this.tenants = tenants;
        this.clock = clock;
    }

    /** One stored version with its parsed definition and the source text it was imported from. */
    public record Stored(String slug, int version, String name, boolean draft, Instant publishedAt, Instant updatedAt,
                         String source, Playbook playbook) {
    }

    /** A playbook as listed: its newest published version, and whether a draft is being edited. */
    public record Entry(String slug, String name, Integer publishedVersion, boolean hasDraft, boolean isDefault,
                        Playbook playbook) {
    }

    @Override
    public void seed(TenantId tenant) {
        Instant now = clock.instant();
        for (String slug : BundledPlaybooks.ids()) {
            Playbook playbook = BundledPlaybooks.load(slug);
            repository.save(new PlaybookRow(UUID.randomUUID(), tenant.value(), slug, playbook.version(), playbook.name(),
                    PlaybookRow.PUBLISHED, bundledSource(slug), now, now, now));
        }
        tenants.setDefaultPlaybook(tenant, DEFAULT_SLUG);
    }

    public Optional<Stored> published(TenantId tenant, String slug) {
        return transactions.read(tenant, () -> repository
                .findFirstByTenantIdAndSlugAndStatusOrderByVersionDesc(tenant.value(), slug, PlaybookRow.PUBLISHED)
                .map(PlaybookLibrary::parse));
    }

    public Optional<Stored> version(TenantId tenant, String slug, int version) {
        return transactions.read(tenant, () -> repository
                .findByTenantIdAndSlugAndVersion(tenant.value(), slug, version).map(PlaybookLibrary::parse));
    }

    public Optional<Stored> draft(TenantId tenant, String slug) {
        return transactions.read(tenant, () -> draftRow(tenant, slug).map(PlaybookLibrary::parse));
    }

    /** The playbook a review uses when it names none: the tenant's default, newest published version. */
    public Optional<Stored> defaultPlaybook(TenantId tenant) {
        return tenants.find(tenant).map(TenantRow::defaultPlaybook).filter(Objects::nonNull)
                .flatMap(slug -> published(tenant, slug));
    }

    public List<Entry> list(TenantId tenant) {
        return transactions.read(tenant, () -> {
            String defaultSlug = tenants.find(tenant).map(TenantRow::defaultPlaybook).orElse(null);
            Map<String, List<PlaybookRow>> bySlug = repository.findByTenantId(tenant.value()).stream()
                    .collect(Collectors.groupingBy(PlaybookRow::slug));
            return bySlug.entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .map(e -> entry(e.getKey(), e.getValue(), e.getKey().equals(defaultSlug))).toList();
        });
    }

    public List<Stored> versions(TenantId tenant, String slug) {
        return transactions.read(tenant, () -> repository.findByTenantIdAndSlug(tenant.value(), slug).stream()
                .sorted(Comparator.comparingInt(PlaybookRow::version).reversed())
                .map(PlaybookLibrary::parse).toList());
    }

    /** A new playbook starts as draft version 1. */
    public Stored create(TenantId tenant, String source) {
        Playbook playbook = PlaybookReader.fromYaml(source);
        return transactions.write(tenant, () -> {
            if (!repository.findByTenantIdAndSlug(tenant.value(), playbook.id()).isEmpty()) {
                throw new PlaybookConflictException("A playbook with id '" + playbook.id() + "' already exists; "
                        + "edit its draft instead.");
            }
            Instant now = clock.instant();
            return parse(repository.save(new PlaybookRow(UUID.randomUUID(), tenant.value(), playbook.id(), 1,
                    playbook.name(), PlaybookRow.DRAFT, source, now, null, now)));
        });
    }

    /** Replaces the draft, or starts one as the version after the newest. */
    public Stored saveDraft(TenantId tenant, String slug, String source) {
        Playbook playbook = PlaybookReader.fromYaml(source);
        if (!slug.equals(playbook.id())) {
            throw new InvalidPlaybookException("id: must be '" + slug + "', the playbook being edited");
        }
        return transactions.write(tenant, () -> {
            List<PlaybookRow> rows = repository.findByTenantIdAndSlug(tenant.value(), slug);
            if (rows.isEmpty()) {
                throw new PlaybookNotFound(slug);
            }
            Instant now = clock.instant();
            Optional<PlaybookRow> draft = rows.stream().filter(PlaybookRow::isDraft).findFirst();
            PlaybookRow saved = draft.isPresent()
                    ? repository.update(new PlaybookRow(draft.get().id(), tenant.value(), slug, draft.get().version(),
                            playbook.name(), PlaybookRow.DRAFT, source, draft.get().createdAt(), null, now))
                    : repository.save(new PlaybookRow(UUID.randomUUID(), tenant.value(), slug, nextVersion(rows),
                            playbook.name(), PlaybookRow.DRAFT, source, now, null, now));
            return parse(saved);
        });
    }

    /** Freezes the draft as an immutable published version; it must pass today's rules, whenever it was saved. */
    public Stored publish(TenantId tenant, String slug) {
        return transactions.write(tenant, () -> {
            PlaybookRow draft = draftRow(tenant, slug).orElseThrow(() -> new PlaybookConflictException(
                    "Playbook '" + slug + "' has no draft to publish."));
            PlaybookReader.fromYaml(draft.definition());
            Instant now = clock.instant();
            return parse(repository.update(new PlaybookRow(draft.id(), draft.tenantId(), slug, draft.version(),
                    draft.name(), PlaybookRow.PUBLISHED, draft.definition(), draft.createdAt(), now, now)));
        });
    }

    public void discardDraft(TenantId tenant, String slug) {
        transactions.write(tenant, () -> {
            PlaybookRow draft = draftRow(tenant, slug).orElseThrow(() -> new PlaybookNotFound(slug));
            repository.delete(draft);
            return null;
        });
    }

    public void makeDefault(TenantId tenant, String slug) {
        transactions.write(tenant, () -> {
            repository.findFirstByTenantIdAndSlugAndStatusOrderByVersionDesc(tenant.value(), slug, PlaybookRow.PUBLISHED)
                    .orElseThrow(() -> new PlaybookConflictException(
                            "Only a published playbook can be the default; publish '" + slug + "' first."));
            tenants.setDefaultPlaybook(tenant, slug);
            return null;
        });
    }

    /** The playbook does not exist for this tenant. */
    public static class PlaybookNotFound extends RuntimeException {
        public PlaybookNotFound(String slug) {
            super(slug);
        }
    }

    private Optional<PlaybookRow> draftRow(TenantId tenant, String slug) {
        return repository.findFirstByTenantIdAndSlugAndStatusOrderByVersionDesc(tenant.value(), slug, PlaybookRow.DRAFT);
    }

    private static int nextVersion(List<PlaybookRow> rows) {
        return rows.stream().mapToInt(PlaybookRow::version).max().orElse(0) + 1;
    }

    private static Entry entry(String slug, List<PlaybookRow> rows, boolean isDefault) {
        Optional<PlaybookRow> published = rows.stream().filter(r -> !r.isDraft())
                .max(Comparator.comparingInt(PlaybookRow::version));
        PlaybookRow shown = published.orElseGet(() -> rows.get(0));
        return new Entry(slug, shown.name(), published.map(PlaybookRow::version).orElse(null),
                rows.stream().anyMatch(PlaybookRow::isDraft), isDefault, parse(shown).playbook());
    }

    /**
     * Parsing and schema-validating a definition costs more than the query that fetched it, and every review
     * resolves a playbook. A stored version only changes with its update time, so that is part of the key.
     */
    private static final Cache<String, Playbook> PARSED = Caffeine.newBuilder().maximumSize(1_000).build();

    private static Stored parse(PlaybookRow row) {
        Playbook p = PARSED.get(row.id() + "@" + row.updatedAt(), key -> PlaybookReader.fromStoredYaml(row.definition()));
        Playbook versioned = new Playbook(p.id(), p.name(), row.version(), p.contractType(), p.ourRole(), p.positions());
        return new Stored(row.slug(), row.version(), row.name(), row.isDraft(), row.publishedAt(), row.updatedAt(),
                row.definition(), versioned);
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
