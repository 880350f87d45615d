package io.clausewarden.review

import io.clausewarden.classify.ClauseClassifier
import io.clausewarden.document.Clause
import io.clausewarden.llm.JudgementSession
import io.clausewarden.playbook.BundledPlaybooks
import spock.lang.Specification

/** Checks reason about the parties of the document, not about a fixed list of role words. */
class PartyAwareReviewSpec extends Specification {
    static final ReviewEngine ENGINE = new ReviewEngine(ClauseClassifier.rules())

    static List<Clause> clauses(List<List<String>> headed) {
        headed.withIndex().collect { List<String> hc, int i -> new Clause(i, hc[0], null, hc[1], null) }
    }

    static final List<List<String>> SAAS = [
            [null, 'This Subscription Agreement is made between Northwind Traders, Inc. ("Northwind") and Contoso Ltd ("Contoso").'],
            ['Services', 'Northwind will provide the Services to Contoso and will host the Platform. Northwind grants Contoso a licence to use the Platform.'],
            ['Fees', 'Contoso shall pay Northwind the Fees within thirty (30) days of invoice. Contoso shall pay all undisputed amounts.'],
            ['Indemnification', 'Northwind will defend and indemnify Contoso against any third-party claim that the Platform infringes that party\'s intellectual property rights.'],
    ]

    static ReviewReport review(String playbook, List<List<String>> text, String weAre = null) {
        ENGINE.review('r', BundledPlaybooks.load(playbook), clauses(text), [], ReviewListener.NONE, JudgementSession.off(),
                List.of(), weAre)
    }

    def "an IP indemnity given by a party defined by its company name is found, not reported missing"() {
        when:
        def indemnity = review('saas-customer', SAAS).findings().findAll { it.clauseType() == 'indemnification' }

        then:
        indemnity
        indemnity.every { it.position() != 'red_line' }
    }

    def "the report names the parties and which of them we are"() {
        when:
        def parties = review('saas-customer', SAAS).parties()

        then:
        parties.source() == 'document'
        parties.parties().collect { [it.name(), it.definedAs(), it.role()] } ==
                [['Northwind Traders, Inc.', 'Northwind', 'counterparty'], ['Contoso Ltd', 'Contoso', 'us']]
    }

    def "saying we are the other party turns the same indemnity into one we give"() {
        when:
        def report = review('saas-customer', SAAS, 'Northwind')

        then:
        report.parties().source() == 'request'
        report.parties().parties().find { it.role() == 'us' }.definedAs() == 'Northwind'
        report.findings().any { it.clauseType() == 'indemnification' && it.position() == 'red_line' }
    }

    def "a one-way NDA's recipient duties are one-sided under the mutual playbook"() {
        given:
        def nda = [
                [null, 'This Agreement is between Alpha Ltd (the "Discloser") and Beta Inc. (the "Recipient").'],
                ['Confidentiality', 'The Recipient shall keep the Confidential Information confidential and shall not disclose it to any third party. The Recipient shall use reasonable care to protect it.'],
        ]

        when:
        def report = review('mutual-nda', nda)

        then:
        report.parties().structure() == 'one_way'
        report.findings().any { it.clauseType() == 'confidentiality' && it.position() == 'red_line' }
    }

    def "the same duties stated for each party pass as mutual"() {
        given:
        def nda = [
                [null, 'This Agreement is between Alpha Ltd and Beta Inc. (each a "Party"). Each party may disclose Confidential Information to the other.'],
                ['Confidentiality', 'Each party shall keep the other party\'s Confidential Information confidential and shall not disclose it to any third party. Each party shall use reasonable care to protect it.'],
        ]

        when:
        def report = review('mutual-nda', nda)

        then:
        report.parties().structure() == 'mutual'
        report.findings().findAll { it.clauseType() == 'confidentiality' }.every { it.position() != 'red_line' }
    }
}
