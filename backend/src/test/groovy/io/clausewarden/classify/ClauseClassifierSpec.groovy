package io.clausewarden.classify

import io.clausewarden.document.Clause
import spock.lang.Shared
import spock.lang.Specification

class ClauseClassifierSpec extends Specification {

    /** One sample clause per taxonomy type: [type, text]. Adding a type without a sample fails the coverage feature. */
    static final List<List<String>> SAMPLES = [
            ['definitions',               '"Affiliate" means any entity that controls, is controlled by or is under common control with a party.'],
            ['governing_law',             'This Agreement shall be governed by the laws of the State of Delaware, without regard to its conflict of laws principles.'],
            ['dispute_resolution',        'Any dispute shall be finally settled by binding arbitration, and each party waives its right to a jury trial.'],
            ['limitation_of_liability',   'Each party\'s aggregate liability under this Agreement shall not exceed the fees paid in the twelve months before the claim.'],
            ['uncapped_liability',        'Liability for breach of confidentiality shall be unlimited.'],
            ['indemnification',           'Supplier shall defend, indemnify and hold harmless Customer from any third-party claim.'],
            ['confidentiality',           'The recipient shall hold the Confidential Information in confidence and shall not disclose it.'],
            ['data_protection',           'The processor shall process personal data only on documented instructions and apply appropriate security measures.'],
            ['force_majeure',             'Neither party is responsible for delays caused by a force majeure event or acts of God beyond its reasonable control.'],
            ['payment_terms',             'Customer shall pay each invoice within thirty (30) days; late payments accrue interest.'],
            ['price_changes',             'Vendor may increase the fees once a year on ninety days\' notice.'],
            ['warranties',                'Vendor represents and warrants that the software will perform materially as described, and disclaims all other warranties.'],
            ['term_and_renewal',          'This Agreement will continue for an initial term of one year and automatically renews for successive one-year renewal terms.'],
            ['termination',               'Either party may terminate this Agreement if the other party commits a material breach that remains uncured.'],
            ['survival',                  'The confidentiality and payment obligations shall survive termination or expiration of this Agreement.'],
            ['assignment',                'Neither party may assign this Agreement without the prior written consent of the other party.'],
            ['change_of_control',         'A change of control of Supplier, including a merger or acquisition, requires notice to Customer.'],
            ['non_compete',               'During the term, Distributor shall not engage in any competing business or market competing products.'],
            ['non_solicitation',          'Neither party shall solicit or hire any employees of the other party during the term and for one year after.'],
            ['exclusivity',               'Company appoints Reseller as its exclusive distributor in the Territory.'],
            ['ip_ownership',              'Customer retains all right, title and interest in its data, and Contractor hereby assigns to Customer all deliverables.'],
            ['license_grant',             'Licensor grants Licensee a non-exclusive, non-transferable license to use the Software.'],
            ['audit_rights',              'Customer may audit Supplier\'s books and records once a year on reasonable notice.'],
            ['insurance',                 'Supplier shall maintain commercial general liability insurance of at least USD 2,000,000 per occurrence.'],
            ['notices',                   'All notices under this Agreement must be in writing and sent to the address set out above.'],
            ['entire_agreement',          'This Agreement is the entire agreement of the parties and supersedes all prior agreements.'],
            ['severability',              'If any provision is held invalid or unenforceable, the remaining provisions remain in effect.'],
            ['amendments',                'Any amendment to this Agreement must be in writing and signed by both parties.'],
            ['limitation_period',         'Any action arising under this Agreement must be brought within one (1) year after the cause of action arises.'],
            ['service_levels',            'Provider will make the service available 99.9% of the time each month and grant service credits otherwise.'],
            ['suspension',                'Provider may suspend Customer\'s access to the service if an invoice is more than thirty days overdue.'],
            ['publicity',                 'Provider may use Customer\'s name and logo in its marketing materials and customer lists.'],
            ['subcontracting',            'Supplier may use subcontractors but remains responsible for their performance.'],
            ['acceptable_use',            'Customer will not reverse engineer the service and will comply with the acceptable use policy.'],
            ['third_party_beneficiaries', 'There are no third-party beneficiaries of this Agreement.'],
            ['independent_contractors',   'The parties are independent contractors and not agents or partners of each other.'],
            ['export_control',            'Each party shall comply with all applicable export control laws and sanctions.'],
            ['most_favored_nation',       'If Supplier offers any customer pricing more favourable, the terms offered to Customer shall be no less favourable.'],
            ['minimum_commitment',        'Distributor shall place a minimum purchase of 10,000 units in each contract year.'],
            ['source_code_escrow',        'Licensor shall deposit the source code with an escrow agent and release it on insolvency.'],
            ['liquidated_damages',        'The parties agree that the delay payments are liquidated damages and not a penalty.'],
            ['renewal_term',              'The term shall automatically renew for successive renewal periods of one year each.'],
            ['non_renewal_notice',        'Either party may give notice of non-renewal at least sixty days before the end of the current term.'],
            ['termination_for_convenience', 'Customer may terminate this Agreement for convenience on thirty days\' written notice.'],
            ['warranty_duration',         'The warranty period for each product is twelve months from delivery.'],
            ['customer_non_solicitation', 'During the term Agent shall not solicit any customers of Company for a competing product.'],
            ['joint_ip_ownership',        'Inventions made together by the parties shall be jointly owned.'],
            ['non_transferable_license',  'The rights granted here are personal, non-transferable and non-assignable.'],
            ['perpetual_license',         'Upon payment Customer receives a perpetual, irrevocable license to the deliverables.'],
            ['affiliate_license_licensee', 'The license extends to Customer and its Affiliates, who may use the Software under these terms.'],
            ['affiliate_license_licensor', 'The rights include patents owned by Licensor or any of its Affiliates.'],
            ['unlimited_license',         'The enterprise fee allows an unlimited number of users across the organisation.'],
            ['revenue_sharing',           'Licensee shall pay a royalty of five percent of net sales of each Product.'],
            ['post_termination_services', 'Following termination, Distributor may sell off its remaining inventory during a sell-off period of ninety days.'],
            ['rofr',                      'Company grants Partner a right of first refusal on any sale of the business.'],
            ['covenant_not_to_sue',       'Licensee covenants not to sue Licensor over the Licensed Patents.'],
            ['volume_restriction',        'Orders may not exceed a maximum of 5,000 units per quarter.'],
            ['competitive_restriction_exception', 'Notwithstanding the exclusivity above, Supplier may sell to existing national accounts.'],
            ['non_disparagement',         'Neither party will disparage the other or its products.']
    ]

    @Shared
    ClauseClassifier classifier = ClauseClassifier.rules()

    private static Clause clause(String text, String heading = null) {
        new Clause(0, heading, null, text, null)
    }

    def "the bundled taxonomy has at least 30 snake_case types, with CUAD names where they exist"() {
        given:
        def taxonomy = Taxonomy.bundled()

        expect:
        taxonomy.types().size() >= 30
        taxonomy.types().every { it.id() ==~ /[a-z][a-z0-9_]*/ && it.label() }
        taxonomy.type('governing_law').get().cuad() == 'Governing Law'
        taxonomy.type('limitation_of_liability').get().cuad() == 'Cap On Liability'
        taxonomy.type('assignment').get().cuad() == 'Anti-Assignment'
        taxonomy.type('ip_ownership').get().cuad() == 'Ip Ownership Assignment'
    }

    def "a #type clause is recognised from its text alone"() {
        when:
        def types = classifier.classify(clause(text))*.type()

        then:
        type in types

        where:
        [type, text] << SAMPLES
    }

    def "every taxonomy type has a sample in the table"() {
        expect:
        Taxonomy.bundled().types()*.id() as Set == SAMPLES.collect { it[0] } as Set
    }

    def "every taxonomy type has at least three distinct exemplars"() {
        expect:
        Taxonomy.bundled().types().every { it.exemplars().toSet().size() >= 3 }
    }

    def "withEmbeddings() shares one classifier per JVM"() {
        expect:
        ClauseClassifier.withEmbeddings().is(ClauseClassifier.withEmbeddings())
    }

    def "a matching heading weighs more than a matching body pattern"() {
        given:
        def text = 'The parties have agreed on the points below.'

        expect:
        classifier.classify(clause(text, 'Governing Law'))*.type() == ['governing_law']
        classifier.classify(clause(text, 'Governing Law')).first().confidence() >
                classifier.classify(clause('This Agreement is governed by the laws of Ontario.')).find { it.type() == 'governing_law' }.confidence()
    }

    def "the rules split into own heading and the rest score as the rules whole: #heading"() {
        given:
        def taxonomy = Taxonomy.bundled()
        def c = new Clause(0, heading, null, text, null)
        def whole = new RuleScorer(taxonomy).score(c)
        def own = new RuleScorer(taxonomy, RuleScorer.Evidence.OWN_HEADING).score(c)
        def rest = new RuleScorer(taxonomy, RuleScorer.Evidence.ALL_BUT_OWN_HEADING).score(c)

        expect:
        (own.keySet() + rest.keySet()) == whole.keySet()
        whole.every { type, score -> Math.abs(1 - (1 - own.getOrDefault(type, 0d)) * (1 - rest.getOrDefault(type, 0d)) - score) < 1e-9 }

        where:
        heading                            | text
        'Proprietary Rights'               | 'The Disclosing Party retains all of its intellectual property rights.'
        'Indemnification > Procedure'      | 'The indemnified party will give prompt notice of the claim.'
        null                               | 'This Agreement is governed by the laws of Ontario.'
    }

    def "a clause's own heading names its type even where the trained model finds little of it"() {
        when:
        def types = ClauseClassifier.withEmbeddings().classify(clause(
                'The Disclosing Party retains all of its intellectual property and other rights in its Confidential Information, and its disclosure grants no license.',
                'Proprietary Rights'))*.type()

        then:
        'ip_ownership' in types
    }

    def "the clause's own heading weighs more than an ancestor heading"() {
        given:
        def text = 'See the schedule.'

        expect:
        classifier.classify(clause(text, 'Indemnification')).first().confidence() >
                classifier.classify(clause(text, 'Indemnification > Procedure')).first().confidence()
    }

    def "results are sorted by confidence, carry the CUAD name and are deterministic"() {
        given:
        def c = clause('Each party\'s total liability shall not exceed the fees paid. This Agreement is governed by the laws of New York.',
                'Limitation of Liability')

        when:
        def first = classifier.classify(c)
        def second = classifier.classify(c)

        then:
        first == second
        first*.confidence() == first*.confidence().sort(false).reverse()
        first.first().type() == 'limitation_of_liability'
        first.first().cuad() == 'Cap On Liability'
        first.every { it.confidence() >= ClauseClassifier.DEFAULT_THRESHOLD && it.confidence() <= 1.0 }
    }

    def "a cross-reference to another section does not make a clause of that type"() {
        expect:
        !('indemnification' in classifier.classify(clause('The following sections survive: Section 9 (Indemnification).'))*.type())
    }

    def "extra scorers add evidence to the rules"() {
        given:
        ClauseScorer embedding = { Clause c -> ['publicity': 0.5d] } as ClauseScorer
        def combined = new ClauseClassifier(Taxonomy.bundled(), [embedding], ClauseClassifier.DEFAULT_THRESHOLD)
        def c = clause('Vendor may issue a press release.')

        expect:
        combined.classify(c).find { it.type() == 'publicity' }.confidence() >
                classifier.classify(c).find { it.type() == 'publicity' }.confidence()
    }
}
