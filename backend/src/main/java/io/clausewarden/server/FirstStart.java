package io.clausewarden.server;

import io.clausewarden.crypto.EnvelopeEncryption;
import io.clausewarden.identity.Roles;
import io.clausewarden.identity.store.UserAccounts;
import io.clausewarden.tenant.TenantId;
import io.clausewarden.tenant.TenantSeeds;
import io.clausewarden.tenant.store.TenantRow;
import io.clausewarden.tenant.store.TenantTransactions;
import io.clausewarden.tenant.store.Tenants;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.PrintStream;
import java.security.SecureRandom;
import java.util.Set;

/**
 * On the very first start (no user exists yet) creates the demo tenant with its data key and
 * bundled playbooks, and the first administrator. A generated password is printed once to the
 * console, never to the log.
 */
@Singleton
public class FirstStart {
    private static final Logger LOG = LoggerFactory.getLogger(FirstStart.class);
    static final String DEMO_TENANT = "Demo Firm";
    static final String DEFAULT_ADMIN_EMAIL = "admin@demo.clausewarden.local";
    private static final String PASSWORD_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private final Tenants tenants;
    private final TenantTransactions transactions;
    private final EnvelopeEncryption encryption;
    private final UserAccounts accounts;
    private final TenantSeeds seeds;
    private final String adminEmail;
    private final String adminPassword;
    private final int retentionDays;
    private final PrintStream console;

    public FirstStart(Tenants tenants, TenantTransactions transactions, EnvelopeEncryption encryption,
                      UserAccounts accounts, TenantSeeds seeds,
                      @Value("${clausewarden.first-admin.email:}") String adminEmail,
                      @Value("${clausewarden.first-admin.password:}") String adminPassword,
                      @Value("${clausewarden.retention.default-days:90}") int retentionDays) {
        this.tenants = tenants;
        this.transactions = transactions;
        this.encryption = encryption;
        this.accounts = accounts;
        this.seeds = seeds;
        this.adminEmail = adminEmail;
        this.adminPassword = adminPassword;
        this.retentionDays = retentionDays;
        this.console = System.out;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        if (accounts.anyUserExists()) {
            return;
        }
        TenantRow tenant = tenants.create(DEMO_TENANT, retentionDays);
        TenantId tenantId = new TenantId(tenant.id());
        transactions.write(tenantId, () -> {
            encryption.createDataKey(tenantId);
            seeds.seed(tenantId);
            return null;
        });
        boolean generated = adminPassword == null || adminPassword.isBlank();
        String email = adminEmail == null || adminEmail.isBlank() ? DEFAULT_ADMIN_EMAIL : adminEmail;
        String password = generated ? generatePassword() : adminPassword;
        accounts.create(tenantId, email, "Administrator", password, Set.of(Roles.ADMIN, Roles.LAWYER), generated);
        LOG.info("First start: created the demo tenant and the first administrator");
        if (generated) {
            console.println();
            console.println("  First administrator:  " + email);
            console.println("  One-time password:    " + password);
            console.println("  (shown only now; it is not stored in any log)");
            console.println();
        }
    }

    private static String generatePassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            if (i > 0 && i % 5 == 0) {
                out.append('-');
            }
            out.append(PASSWORD_ALPHABET.charAt(random.nextInt(PASSWORD_ALPHABET.length())));
        }
        return out.toString();
    }
}
