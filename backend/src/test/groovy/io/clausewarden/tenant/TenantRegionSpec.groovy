package io.clausewarden.tenant

import io.clausewarden.llm.Region
import io.clausewarden.tenant.store.Tenants
import io.clausewarden.testing.ServerSpec
import io.clausewarden.testing.TestDatabase
import io.clausewarden.testing.TestTenants
import io.micronaut.context.ApplicationContext
import io.micronaut.http.HttpRequest
import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject

import java.sql.SQLException

@MicronautTest(environments = ['postgres'], transactional = false)
class TenantRegionSpec extends ServerSpec {
    @Inject
    ApplicationContext context

    @Inject
    Tenants tenants

    @Inject
    @Client('/')
    HttpClient client

    @Override
    Map<String, Object> extraProperties() {
        ['clausewarden.region': 'EU']
    }

    def "new tenants take the configured region"() {
        when:
        def member = TestTenants.create(context, client)

        then:
        tenants.find(member.tenant).get().region() == 'EU'
        tenants.region(member.tenant).get() == Region.EU
    }

    def "the tenant settings show the region"() {
        given:
        def member = TestTenants.create(context, client)

        expect:
        client.toBlocking().retrieve(HttpRequest.GET('/api/v1/tenant/settings').bearerAuth(member.token), Map).region == 'EU'
        client.toBlocking().retrieve(HttpRequest.GET('/api/v1/tenant/model').bearerAuth(member.token), Map).region == 'EU'
    }

    def "changing the tenant settings leaves the region alone"() {
        given:
        def member = TestTenants.create(context, client)

        when:
        Map saved = client.toBlocking().retrieve(HttpRequest.PUT('/api/v1/tenant/settings', [redlineAuthor: 'Smith & Co', region: 'AU'])
                .bearerAuth(member.token), Map)

        then:
        saved == [redlineAuthor: 'Smith & Co', region: 'EU']
        tenants.find(member.tenant).get().region() == 'EU'
    }

    def "a tenant can be created in region #given"() {
        expect:
        tenants.create('Firm ' + UUID.randomUUID(), 90, given).region() == stored

        where:
        given | stored
        'US'  | 'US'
        'au'  | 'AU'
        ' eu' | 'EU'
    }

    def "a tenant cannot be created in region #given"() {
        when:
        tenants.create('Firm ' + UUID.randomUUID(), 90, given)

        then:
        thrown(IllegalArgumentException)

        where:
        given << ['MARS', 'local', '', null]
    }

    def "the database refuses a region other than US, EU or AU"() {
        given:
        def member = TestTenants.create(context, client)
        def owner = TestDatabase.instance.ownerConnection()

        when:
        owner.createStatement().executeUpdate("update tenants set region = 'MARS' where id = '${member.tenant}'")

        then:
        SQLException e = thrown()
        e.SQLState == '23514'
        e.message.contains('tenants_region')

        cleanup:
        owner?.close()
    }
}
