package io.clausewarden.playbook

import spock.lang.Specification

/** Format 2: several positions per clause type, conditions, requirements on other clauses, inserted terms. */
class PlaybookFormatTwoSpec extends Specification {
    static final String HEAD = '''id: p
name: P
version: 1
ourRole: customer
positions:
'''
    static final PartyNames NAMES = new PartyNames(['Customer'], ['Provider'], false)

    static Playbook read(String positions) {
        PlaybookReader.fromYaml(HEAD + positions)
    }

    static String refusal(String positions) {
        try {
            read(positions)
            return null
        } catch (InvalidPlaybookException e) {
            return e.message
        }
    }

    def "two positions on one clause type are read when each has its own id"() {
        when:
        def playbook = read('''
  - clauseType: limitation_of_liability
    importance: high
  - id: data_breach_liability
    clauseType: limitation_of_liability
    importance: high
''')

        then:
        playbook.positions()*.id() == ['limitation_of_liability', 'data_breach_liability']
        playbook.readingClausesOf('limitation_of_liability')*.id() == ['limitation_of_liability', 'data_breach_liability']
    }

    def "two positions on one clause type without ids are refused, naming the fix"() {
        expect:
        refusal('''
  - clauseType: termination
    importance: high
  - clauseType: termination
    importance: low
''') == 'positions[1].clauseType: duplicate termination; give each position on the same clause type its own id'
    }

    def "a format-1 playbook reads as before: each position's id is its clause type"() {
        expect:
        BundledPlaybooks.load('mutual-nda').positions().every { it.id() == it.clauseType() }
    }

    def "a position whose condition the document does not meet is not applied, with the reason"() {
        given:
        def playbook = read('''
  - id: data_breach_liability
    clauseType: limitation_of_liability
    importance: high
    when:
      mentions: [personal data, customer data]
''')

        when:
        def applied = playbook.appliedTo(new DocumentFacts(text, ['limitation_of_liability'] as Set, 'saas', 'one_way'))

        then:
        applied.playbook().positions()*.id() == expected
        applied.skipped()*.reason() == reasons

        where:
        text                                         || expected                  | reasons
        'Provider processes personal data for us.'   || ['data_breach_liability'] | []
        'Provider delivers parcels.'                 || []                        | ['Not applied: the document does not mention "personal data" or "customer data".']
    }

    def "conditions on clause types, contract type and structure must all hold"() {
        given:
        def playbook = read("""
  - clauseType: non_compete
    importance: low
    when:
      clausePresent: [exclusivity]
      contractType: [saas, hosting]
      structure: one_way
""")

        expect:
        playbook.appliedTo(new DocumentFacts('', types as Set, contract, structure)).skipped()*.reason() == reasons

        where:
        types           | contract | structure || reasons
        ['exclusivity'] | 'saas'   | 'one_way' || []
        []              | 'saas'   | 'one_way' || ['Not applied: the document has no "exclusivity" clause.']
        ['exclusivity'] | 'nda'    | 'one_way' || ['Not applied: the contract is classified as nda, not "saas" or "hosting".']
        ['exclusivity'] | 'saas'   | 'mutual'  || ['Not applied: the contract is not one-way.']
    }

    def "an inserted sentence that does not meet its own check is refused"() {
        expect:
        refusal('''
  - clauseType: data_protection
    importance: high
    checks:
      - kind: numeric_threshold
        subject: [personal data breach]
        unit: hours
        max: 48
        insert: "{counterparty} will notify {us} of any personal data breach within 72 hours."
''') == 'positions[0].checks[0].insert: must itself meet the check it completes'
    }

    def "an inserted sentence may name only the party placeholders"() {
        expect:
        refusal('''
  - clauseType: confidentiality
    importance: high
    checks:
      - kind: required_language
        phrases: [reasonable care]
        insert: "{supplier} will use reasonable care."
''').startsWith('positions[0].checks[0].insert: names the placeholder {supplier}')
    }

    def "format 2 survives export and import unchanged"() {
        given:
        def playbook = BundledPlaybooks.load('saas-customer')

        expect:
        PlaybookReader.fromYaml(PlaybookWriter.toYaml(playbook)) == playbook
        PlaybookReader.fromJson(PlaybookWriter.toJson(playbook)) == playbook
    }

    def "a requirement reads the other clause type under the asking position's id"() {
        given:
        def indemnity = BundledPlaybooks.load('saas-customer').boundTo(NAMES).position('indemnification').get()

        when:
        def onCap = indemnity.on(indemnity.requirements()[0])

        then:
        onCap.id() == 'indemnification'
        onCap.clauseType() == 'limitation_of_liability'
        !onCap.required()
        onCap.checks()*.kind() == ['carve_out']
        onCap.checks()[0].insert() == "The limitations and exclusions of liability in this Agreement do not apply to Provider's obligations to defend and indemnify Customer."
    }

    def "a cap carves out the claims named only when they are taken out of it"() {
        given:
        def check = new CarveOutCheck(new Phrases(['indemnification', 'indemnity'], 'covers'), null,
                'The cap does not apply to indemnities.', false)

        expect:
        check.evaluate(text).outcome() == outcome

        where:
        text                                                                                                              || outcome
        'Total liability shall not exceed the fees paid, except for indemnification obligations.'                         || CheckResult.Outcome.COMPLIANT
        'Total liability shall not exceed the fees paid. The limitations in this Section shall not apply to a party\'s indemnification obligations.' || CheckResult.Outcome.COMPLIANT
        'Nothing in this Agreement limits either party\'s liability under its indemnity.'                                 || CheckResult.Outcome.COMPLIANT
        'The aggregate liability of either party, including for indemnification, shall not exceed the fees paid.'         || CheckResult.Outcome.DEVIATION
        'Total liability shall not exceed the fees paid in the twelve months before the claim.'                           || CheckResult.Outcome.DEVIATION
        'Provider will defend Customer against third-party claims.'                                                       || CheckResult.Outcome.NOT_APPLICABLE
    }

    def "a cap that carves out nothing gets the carve-out appended after the sentence that sets it"() {
        given:
        def check = new CarveOutCheck(new Phrases(['indemnification'], 'covers'), null,
                'The cap does not apply to indemnities.', false)
        String text = 'Limits. Total liability shall not exceed the fees paid; this applies to all claims. Each party must mitigate.'

        when:
        def result = check.evaluate(text)

        then:
        result.isDeviation()
        text.substring(0, result.spanStart()) + result.suggestedText() + text.substring(result.spanEnd()) ==
                'Limits. Total liability shall not exceed the fees paid; this applies to all claims. The cap does not apply to indemnities. Each party must mitigate.'
    }

    def "an exclusion of liability for lost data is found, unless nothing is excluded or it has its own exception"() {
        given:
        def check = new LossExclusionCheck(['data'], 'This exclusion does not apply to Customer data.', false)

        expect:
        check.evaluate(text).outcome() == outcome

        where:
        text                                                                                                           || outcome
        'In no event shall Provider be liable for any loss of profits, loss of data or business interruption.'         || CheckResult.Outcome.DEVIATION
        'Provider is not responsible for any loss or corruption of Customer Data.'                                      || CheckResult.Outcome.DEVIATION
        'Neither party will be liable for indirect damages, including lost data.'                                       || CheckResult.Outcome.DEVIATION
        'Nothing in this Agreement excludes liability for loss of data.'                                                || CheckResult.Outcome.COMPLIANT
        'In no event shall Provider be liable for loss of data, except to the extent caused by its breach of Section 7.' || CheckResult.Outcome.NEEDS_REVIEW
        'Provider will back up Customer Data daily and restore lost data on request.'                                   || CheckResult.Outcome.COMPLIANT
    }

    def "an unknown kind of loss is refused with the kinds there are"() {
        expect:
        refusal('''
  - clauseType: limitation_of_liability
    importance: high
    checks:
      - kind: loss_exclusion
        losses: [feelings]
''').contains('losses')
    }
}
