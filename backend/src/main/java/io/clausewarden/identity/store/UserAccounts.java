package io.clausewarden.identity.store;

import io.clausewarden.identity.PasswordHasher;
import io.clausewarden.tenant.TenantContext;
import io.clausewarden.tenant.TenantId;
import io.clausewarden.tenant.store.TenantTransactions;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Local user accounts: creation and password sign-in. */
@Singleton
public class UserAccounts {
    private final UserRepository users;
    private final DirectoryRepository directory;
    private final TenantTransactions transactions;
    private final PasswordHasher hasher;
    private final Clock clock;
    private final String decoyHash;

    public UserAccounts(UserRepository users, DirectoryRepository directory, TenantTransactions transactions,
                        PasswordHasher hasher, Clock clock) {
        this.users = users;
        this.directory = directory;
        this.transactions = transactions;
        this.hasher = hasher;
        this.clock = clock;
        this.decoyHash = hasher.hash(UUID.randomUUID().toString());
    }

    /** A signed-in user: who, for which tenant, and whether the password must be changed first. */
    public record SignedIn(TenantContext context, String email, boolean mustChangePassword) {
    }

    public UUID create(TenantId tenant, String email, String displayName, String password, Set<String> roles,
                       boolean mustChangePassword) {
        String normalised = normalise(email);
        UUID id = UUID.randomUUID();
        UserRow row = new UserRow(id, tenant.value(), normalised, displayName, hasher.hash(password),
                String.join(",", roles), mustChangePassword, clock.instant());
        transactions.write(tenant, () -> {
            users.save(row);
            directory.save(new DirectoryRow(normalised, tenant.value(), id));
            return id;
        });
        return id;
    }

    public boolean anyUserExists() {
        return directory.count() > 0;
    }

    public Optional<SignedIn> authenticate(String email, String password) {
        Optional<DirectoryRow> entry = directory.findByEmail(normalise(email));
        if (entry.isEmpty()) {
            hasher.verify(password, decoyHash); // same cost as a real check: no oracle for which e-mails exist
            return Optional.empty();
        }
        TenantId tenant = new TenantId(entry.get().tenantId());
        return transactions.write(tenant, () -> users.findByIdAndTenantId(entry.get().userId(), tenant.value())
                .filter(user -> hasher.verify(password, user.passwordHash()))
                .map(user -> {
                    if (hasher.needsRehash(user.passwordHash())) {
                        users.updatePasswordHash(user.id(), hasher.hash(password));
                    }
                    return new SignedIn(new TenantContext(tenant, user.id(), roles(user.roles())), user.email(),
                            user.mustChangePassword());
                }));
    }

    static String normalise(String email) {
        return email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
    }

    private static Set<String> roles(String csv) {
        return new LinkedHashSet<>(Arrays.asList(csv.split(",")));
    }
}
