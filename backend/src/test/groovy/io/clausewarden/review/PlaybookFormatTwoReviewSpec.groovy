package io.clausewarden.review

import io.clausewarden.classify.ClauseClassifier
import io.clausewarden.document.Clause
import io.clausewarden.llm.JudgementSession
import io.clausewarden.playbook.BundledPlaybooks
import spock.lang.Specification

/** What format 2 of the playbook changes in a review: requirements across clauses, conditions, inserted terms. */
class PlaybookFormatTwoReviewSpec extends Specification {
    static final ReviewEngine ENGINE = new ReviewEngine(ClauseClassifier.rules())
    static final String PREAMBLE = 'This Subscription Agreement is made between Northwind Traders, Inc. ("Northwind") and Contoso Ltd ("Contoso").'
    static final String SERVICES = 'Northwind will provide the Services to Contoso and will host the Platform and Contoso\'s Customer Data.' +
            ' Northwind grants Contoso a licence to use the Platform.'
    static final String INDEMNITY = 'Northwind will defend and indemnify Contoso against any third-party claim that the Platform infringes intellectual property rights.'
    static final String FEES = 'Contoso shall pay Northwind the Fees within thirty (30) days of invoice.'
    static final String CAP = 'Each party\'s total liability under this Agreement will not exceed the fees paid in the twelve (12) months before the claim.'

    static ReviewReport review(List<List<String>> headed) {
        def clauses = headed.withIndex().collect { List<String> hc, int i -> new Clause(i, hc[0], null, hc[1], null) }
        ENGINE.review('r', BundledPlaybooks.load('saas-customer'), clauses, [], ReviewListener.NONE, JudgementSession.off(),
                List.of(), null)
    }

    static List<List<String>> contract(String cap, List<List<String>> more = []) {
        [[null, PREAMBLE], ['Services', SERVICES], ['Fees', FEES], ['Indemnification', INDEMNITY], ['Limitation of Liability', cap]] + more
    }

    def "a cap that swallows the IP indemnity is reported on the cap, under the indemnity position, with a carve-out to add"() {
        when:
        def findings = review(contract(CAP)).findings()
        def finding = findings.find { it.positionId() == 'indemnification' && it.clauseIndex() == 4 }
        def edit = findings.find { it.clauseIndex() == 4 && it.suggestedText() != null }

        then:
        finding.clauseType() == 'limitation_of_liability'
        finding.position() == 'deviation'
        finding.quote() == CAP
        finding.rationale().startsWith("The cap does not leave out Northwind's indemnities.")
        and: 'the data-breach carve-out on the same sentence is added by the same edit'
        edit.suggestedText().startsWith(CAP + ' ')
        edit.suggestedText().contains(" The limitations and exclusions of liability in this Agreement do not apply to" +
                " Northwind's obligations to defend and indemnify Contoso.")
        edit.suggestedText().contains(" The limits in this section do not apply to Northwind's liability for breach of its" +
                " data protection or security obligations.")
        findings.findAll { it.clauseIndex() == 4 && it.suggestedText() != null }.size() == 1
    }

    def "a carve-out made through a defined term is read in the document's definitions"() {
        given:
        def cap = CAP.replace('.', ', except for Excluded Claims.')

        when:
        def findings = review(contract(cap, [['Definitions', '"Excluded Claims" means a party\'s indemnification obligations and breach of its data protection obligations.']]))
                .findings().findAll { it.clauseType() == 'limitation_of_liability' && it.positionId() in ['indemnification', 'data_breach_liability'] }

        then:
        findings*.position() as Set == ['preferred'] as Set
        findings*.rationale().every { it.contains('Excluded Claims, which the document defines to include') }
    }

    def "a carve-out through a term the document does not define needs review"() {
        when:
        def finding = review(contract(CAP.replace('.', ', except for Unlimited Claims.'))).findings()
                .find { it.positionId() == 'indemnification' && it.clauseType() == 'limitation_of_liability' }

        then:
        finding.position() == 'needs_review'
        finding.suggestedText() == null
        finding.rationale().startsWith('The cap leaves out Unlimited Claims, defined outside this document')
    }

    def "a data-protection clause that sets no breach-notice period gets one added at its end"() {
        given:
        String dp = 'Northwind will process personal data only on Contoso\'s documented instructions. Northwind will notify Contoso of any personal data breach without undue delay.'

        when:
        def finding = review(contract(CAP, [['Data Protection', dp]])).findings()
                .find { it.clauseType() == 'data_protection' && it.position() == 'deviation' }

        then:
        finding.quote() == 'Northwind will notify Contoso of any personal data breach without undue delay.'
        finding.suggestedText() == finding.quote() + ' Northwind will notify Contoso of any personal data breach without undue delay and in any case within 48 hours.'
        finding.rationale().startsWith("No figure in hours is stated for 'personal data breach'.")
    }

    def "positions whose condition the document does not meet are listed as not applied and never reported missing"() {
        given:
        def courier = [[null, 'This Agreement is made between Swift Couriers Ltd ("Courier") and Contoso Ltd ("Customer").'],
                       ['Limitation of Liability', CAP]]

        when:
        def report = review(courier)

        then:
        report.notApplied()*.positionId() as Set == ['data_breach_liability', 'data_loss_exclusion'] as Set
        report.notApplied().every { it.reason().startsWith('Not applied: the document does not mention') }
        !report.findings().any { it.positionId() in ['data_breach_liability', 'data_loss_exclusion'] }
    }

    def "a data processing agreement lacking the main agreement's commercial clauses is not reported for missing them"() {
        given:
        def dpa = [[null, 'DATA PROCESSING ADDENDUM'],
                   [null, 'This Addendum between Northwind Traders, Inc. ("Provider") and Contoso Ltd ("Customer") sets out the terms required by Article 28 GDPR. Customer is the controller and Provider the processor of Personal Data.'],
                   ['Sub-processors', 'Provider may engage a sub-processor only with Customer\'s prior authorisation and remains responsible for its sub-processors; the Standard Contractual Clauses apply to transfers.'],
                   ['Assistance', 'Provider will assist Customer in answering requests from a data subject and the supervisory authority.']]

        when:
        def report = review(dpa)

        then:
        report.contract().type() == 'dpa'
        !report.findings().any { it.position() == 'missing' && it.clauseType() in ['indemnification', 'termination', 'limitation_of_liability'] }
        def skipped = report.notApplied().findAll { it.reason().startsWith('Not reported missing: the document is a data processing agreement') }
        (skipped*.clauseType() as Set).containsAll(['indemnification', 'limitation_of_liability'])
    }

    def "the same absent clauses are missing from a subscription agreement"() {
        when:
        def report = review([[null, PREAMBLE], ['Services', SERVICES], ['Fees', FEES]])

        then:
        (report.findings().findAll { it.position() == 'missing' }*.clauseType() as Set).containsAll(['indemnification', 'limitation_of_liability'])
        !report.notApplied().any { it.reason().startsWith('Not reported missing') }
    }

    def "a host that excludes liability for lost data is asked to keep it for its own breach"() {
        given:
        String exclusion = 'In no event will either party be liable for any lost profits or loss of data.'

        when:
        def finding = review(contract(CAP.replace('.', ', except for indemnification obligations and breach of data protection obligations.'),
                [['Exclusions', exclusion]])).findings().find { it.positionId() == 'data_loss_exclusion' }

        then:
        finding.position() == 'deviation'
        finding.risk() == 'high'
        finding.suggestedText() == exclusion + " This exclusion does not apply to loss of or damage to Contoso's data caused by Northwind's breach of this Agreement."
    }

    def "a waiver of set-off is struck from the payment sentence and nothing else"() {
        given:
        String fees = 'Contoso shall pay all fees within thirty (30) days of invoice without set-off or deduction.'

        when:
        def finding = review(contract(CAP, [['Fees', fees]])).findings().find { it.positionId() == 'set_off' }

        then:
        finding.clauseType() == 'payment_terms'
        finding.suggestedText() == 'Contoso shall pay all fees within thirty (30) days of invoice.'
    }

    def "a provider's right to change the terms alone is a deviation on the amendment position"() {
        given:
        String change = 'Northwind may modify these Terms at any time by posting a revised version on its website.'

        when:
        def finding = review(contract(CAP, [['Changes to these Terms', change]])).findings().find { it.positionId() == 'unilateral_amendment' }

        then:
        finding.clauseType() == 'amendments'
        finding.position() == 'deviation'
        finding.quote() == change
    }

    def "a contractual time bar shorter than two years is a deviation on the limitation period"() {
        given:
        String bar = 'Any action arising out of this Agreement must be brought within one (1) year after the cause of action arises.'

        when:
        def finding = review(contract(CAP, [['Limitation of Actions', bar]])).findings().find { it.clauseType() == 'limitation_period' }

        then:
        finding.position() in ['deviation', 'fallback']
        finding.quote() == bar
    }

    def "restrictions on our own business are deviations; the provider's are not"() {
        when:
        def findings = review(contract(CAP, [['Exclusivity', text]])).findings().findAll { it.clauseType() in ['exclusivity', 'non_compete'] && it.position() == 'deviation' }

        then:
        (findings.size() > 0) == flagged

        where:
        text                                                                                          || flagged
        'Contoso shall purchase all hosting services exclusively from Northwind during the Term.'      || true
        'Northwind shall not provide competing services to any competitor of Contoso.'                 || false
    }

    def "a cap's exception by section number is read through the section's heading"() {
        given:
        def clauses = [[null, PREAMBLE], ['1 Services', SERVICES], ['2 Fees', FEES], [heading, INDEMNITY],
                       ['4 Limitation of Liability', 'Except for obligations under Section 3, ' + CAP.uncapitalize()]]

        when:
        def finding = review(clauses).findings().find { it.positionId() == 'indemnification' && it.clauseType() == 'limitation_of_liability' }

        then:
        finding.position() == outcome
        finding.rationale().startsWith(start)

        where:
        heading                 || outcome        | start
        '3 Indemnification'     || 'preferred'    | 'The preferred position is met: The cap makes an exception for Section 3 (Indemnification).'
        '3 Intellectual Property' || 'needs_review' | 'The cap makes an exception for Section 3, which is read apart from this clause'
    }
}
