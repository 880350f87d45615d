package io.clausewarden.llm

import io.clausewarden.testing.ServerSpec
import io.clausewarden.testing.StandInProvider
import io.clausewarden.testing.TestTenants
import io.micronaut.context.ApplicationContext
import io.micronaut.http.HttpRequest
import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject

import java.util.regex.Pattern

import static io.clausewarden.llm.ModelContracts.saas

/**
 * A firm's own list of names to mask, end to end: reviews with a stand-in provider configured for the
 * server, whose captured requests show what left the server for which firm.
 */
@MicronautTest(environments = ['postgres'], transactional = false)
class MaskedNamesReviewSpec extends ServerSpec {
    static final StandInProvider PROVIDER = new StandInProvider()
    static final String CLIENT = 'Priya Raman'
    static final String LIABILITY = "Each party's total liability under this Agreement shall not exceed the fees paid in the " +
            "twelve (12) months before the claim, except for claims brought by ${CLIENT} personally.".toString()
    static final Pattern PERSON = Pattern.compile('\\[PERSON_\\d+]')

    @Inject
    ApplicationContext context

    @Inject
    @Client('/')
    HttpClient client

    @Override
    Map<String, Object> extraProperties() {
        ['clausewarden.llm.provider'     : 'openai',
         'clausewarden.llm.base-url'     : PROVIDER.baseUrl('openai'),
         'clausewarden.llm.model'        : 'stand-in-model',
         'clausewarden.llm.region'       : 'US',
         'clausewarden.llm.timeout'      : '2s',
         'clausewarden.llm.first-backoff': '50ms']
    }

    def setup() {
        PROVIDER.reset()
    }

    def cleanupSpec() {
        PROVIDER.close()
    }

    def "a name the firm listed never reaches the provider; a placeholder goes in its place"() {
        given:
        def firm = TestTenants.create(context, client)
        listNames(firm, [CLIENT])

        when:
        review(firm)

        then:
        !PROVIDER.requests.isEmpty()
        PROVIDER.requests.every { !it.body.contains(CLIENT) && !it.body.contains('Priya') }
        liabilityRequests().every { PERSON.matcher(it.body).find() }
    }

    def "the list is the firm's own: a firm that did not list the name sends it"() {
        given:
        listNames(TestTenants.create(context, client), [CLIENT])
        def otherFirm = TestTenants.create(context, client)

        when:
        review(otherFirm)

        then:
        liabilityRequests().any { it.body.contains(CLIENT) }
    }

    def "a listed name the model answers with is restored in the finding"() {
        given:
        def firm = TestTenants.create(context, client)
        listNames(firm, [CLIENT])
        PROVIDER.answerWith { Map request, String clause ->
            def person = PERSON.matcher(clause)
            person.find()
                    ? [verdict: 'does_not_meet', confidence: 0.7, explanation: "The carve-out favours ${person.group()}.".toString(),
                       quote: null, suggested_text: null]
                    : StandInProvider.DEFAULT_ANSWER
        }

        when:
        Map report = review(firm)

        then:
        report.findings.find { it.source == 'model' && it.clauseType == 'limitation_of_liability' }
                .rationale.contains("The carve-out favours ${CLIENT}.")
    }

    private void listNames(TestTenants.Member admin, List<String> names) {
        client.toBlocking().retrieve(HttpRequest.PUT('/api/v1/tenant/model/masked-names', [names: names])
                .bearerAuth(admin.token), Map)
    }

    private Map review(TestTenants.Member member) {
        client.toBlocking().retrieve(HttpRequest.POST('/api/v1/reviews', [text: saas(LIABILITY)]).bearerAuth(member.token), Map)
    }

    private List<StandInProvider.Captured> liabilityRequests() {
        def requests = PROVIDER.requests.findAll { it.body.contains('shall not exceed the fees paid') }
        assert !requests.isEmpty()
        requests
    }
}
