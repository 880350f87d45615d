package io.clausewarden.review

import io.clausewarden.classify.TypeScore
import io.clausewarden.document.ToComplete
import spock.lang.Specification

class TextReportRendererSpec extends Specification {

    def "findings are grouped by risk, highest first, with their quotes"() {
        given:
        def report = new ReviewReport('r-9', new ReviewReport.PlaybookRef('saas-customer', 1),
                [new ReviewReport.ReviewedClause(0, 'General > Governing Law', 'Texas law governs.', [new TypeScore('governing_law', 0.7d, 'Governing Law')])],
                [new Finding('f-a', 0, 'governing_law', 'deviation', 'medium', 'Texas law governs.', 'h', 'Not allowed.', 'New York law governs.', 'rule'),
                 new Finding('f-b', null, 'limitation_of_liability', 'missing', 'high', null, null, 'No cap found.', 'Cap it.', 'rule')])

        when:
        def text = new TextReportRenderer().render(report)

        then:
        text.indexOf('HIGH RISK (1)') < text.indexOf('MEDIUM RISK (1)')
        text.contains('Quote: "Texas law governs."')
        text.contains('(clause 0: General > Governing Law)')
        text.contains('[missing] limitation_of_liability')
        text.contains('Suggest: New York law governs.')
    }

    def "a missing clause says where it is proposed and under which heading"() {
        given:
        def placed = new Finding('f-b', null, 'limitation_of_liability', 'missing', 'high', null, null, 'No cap found.',
                'Cap it.', 'rule', null, null, 'limitation_of_liability',
                new Placement(4, 'Indemnification', 'Limitation of Liability',
                        'after clause 5 (Indemnification): liability and indemnity clauses sit together',
                        'Supplier indemnifies Customer.', 'h'))
        def report = new ReviewReport('r-11', new ReviewReport.PlaybookRef('saas-customer', 1), [], [placed])

        when:
        def text = new TextReportRenderer().render(report)

        then:
        text.contains('    Suggest: Cap it.\n'
                + '    Proposed placement: after clause 5 (Indemnification): liability and indemnity clauses sit together\n'
                + '    Proposed heading: Limitation of Liability\n')
    }

    def "a finding whose clause has no heading names the clause by number alone"() {
        given:
        def report = new ReviewReport('r-10', new ReviewReport.PlaybookRef('saas-customer', 1),
                [new ReviewReport.ReviewedClause(3, null, 'Texas law governs.', [new TypeScore('governing_law', 0.7d, 'Governing Law')])],
                [new Finding('f-a', 3, 'governing_law', 'deviation', 'medium', 'Texas law governs.', 'h', 'Not allowed.', 'New York law governs.', 'rule')])

        when:
        def text = new TextReportRenderer().render(report)

        then:
        text.contains('(clause 3)')
        text.contains('Quote: "Texas law governs."')
    }

    def "what the draft leaves to complete is listed last, with the clause it is in"() {
        given:
        def report = new ReviewReport('r-11', new ReviewReport.PlaybookRef('saas-customer', 1),
                [new ReviewReport.ReviewedClause(2, 'Fees', 'Customer pays [●] per month.', [])], [], null, [], null, null, null,
                [new ToComplete(2, ToComplete.PLACEHOLDER, 'Customer pays [●] per month.'),
                 new ToComplete(null, ToComplete.DRAFTING_NOTE, '[Drafting note: confirm the cap.]')])

        when:
        def text = new TextReportRenderer().render(report)

        then:
        text.contains('TO BE COMPLETED (2)')
        text.contains('- placeholder (clause 2): Customer pays [●] per month.')
        text.contains('- drafting note: [Drafting note: confirm the cap.]')
        text.indexOf('TO BE COMPLETED') > text.indexOf('No findings.')
    }

    def "a report with nothing to complete has no such section"() {
        expect:
        !new TextReportRenderer().render(new ReviewReport('r-12', new ReviewReport.PlaybookRef('saas-customer', 1), [], []))
                .contains('TO BE COMPLETED')
    }
}
