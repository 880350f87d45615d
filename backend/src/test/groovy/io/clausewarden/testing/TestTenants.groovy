package io.clausewarden.testing

import io.clausewarden.crypto.EnvelopeEncryption
import io.clausewarden.identity.Roles
import io.clausewarden.identity.store.UserAccounts
import io.clausewarden.tenant.TenantSeeds
import io.clausewarden.tenant.TenantId
import io.clausewarden.tenant.store.TenantTransactions
import io.clausewarden.tenant.store.Tenants
import io.micronaut.context.ApplicationContext
import io.micronaut.http.HttpRequest
import io.micronaut.http.client.HttpClient

/** Creates firms with one signed-in user each, the way onboarding does. */
class TestTenants {
    static final String PASSWORD = 'correct horse battery staple'

    static class Member {
        TenantId tenant
        UUID userId
        String email
        String token
    }

    static Member create(ApplicationContext context, HttpClient client, Set<String> roles = [Roles.LAWYER, Roles.ADMIN] as Set,
                         String region = null) {
        def tenants = context.getBean(Tenants)
        def transactions = context.getBean(TenantTransactions)
        def encryption = context.getBean(EnvelopeEncryption)
        def seeds = context.getBean(TenantSeeds)
        def accounts = context.getBean(UserAccounts)
        String name = 'Firm ' + UUID.randomUUID()
        TenantId tenant = new TenantId((region == null ? tenants.create(name, 90) : tenants.create(name, 90, region)).id())
        transactions.write(tenant, { encryption.createDataKey(tenant); seeds.seed(tenant); null })
        String email = "lawyer-${UUID.randomUUID()}@example.test"
        UUID userId = accounts.create(tenant, email, 'A Lawyer', PASSWORD, roles, false)
        new Member(tenant: tenant, userId: userId, email: email, token: signIn(client, email, PASSWORD))
    }

    /** Another user of the member's firm with the given roles; returns their token. */
    static String colleague(ApplicationContext context, HttpClient client, Member member, Set<String> roles) {
        String email = "member-${UUID.randomUUID()}@example.test"
        context.getBean(UserAccounts).create(member.tenant, email, 'A Colleague', PASSWORD, roles, false)
        signIn(client, email, PASSWORD)
    }

    static String signIn(HttpClient client, String email, String password) {
        Map body = client.toBlocking().retrieve(HttpRequest.POST('/api/v1/auth/login', [email: email, password: password]), Map)
        body.access_token
    }
}
