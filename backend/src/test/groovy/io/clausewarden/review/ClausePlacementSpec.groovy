package io.clausewarden.review

import io.clausewarden.classify.Taxonomy
import io.clausewarden.classify.TypeScore
import io.clausewarden.document.Clause
import spock.lang.Shared
import spock.lang.Specification

class ClausePlacementSpec extends Specification {

    @Shared
    Taxonomy taxonomy = Taxonomy.bundled()
    @Shared
    ClausePlacement placement = new ClausePlacement(ClauseOrder.bundled(),
            { String type -> taxonomy.type(type).map { it.label() }.orElse(type) })

    /** Each row: [heading path, clause type or null, text (optional)]. */
    private static List<Clause> clauses(List<List<String>> rows) {
        rows.withIndex().collect { List<String> row, int i ->
            new Clause(i, row[0], null, row.size() > 2 ? row[2] : "The parties agree to the terms of clause ${i + 1}.", null)
        }
    }

    private static List<List<TypeScore>> types(List<List<String>> rows) {
        rows.collect { it[1] == null ? [] : [new TypeScore(it[1], 0.9d, null)] }
    }

    static final List<List<String>> SERVICES = [
            ['1 Definitions', 'definitions'],
            ['2 Services', 'service_levels'],
            ['3 Fees', 'payment_terms'],
            ['3 Fees > 3.2 Late payment', 'payment_terms'],
            ['4 Confidentiality', 'confidentiality'],
            ['5 Indemnification', 'indemnification'],
            ['5 Indemnification > 5.2 Procedure', 'indemnification'],
            ['6 Assignment', 'assignment'],
            ['7 Governing Law', 'governing_law'],
            ['8 Notices', 'notices'],
            ['9 General', 'entire_agreement']]

    static final List<List<String>> WITH_SIGNATURES = [
            ['Cover Page', null, 'This Master Services Agreement is made between Acme Inc. and Beta LLC, dated 1 May 2025.'],
            ['1 Services', 'service_levels'],
            ['2 Fees', 'payment_terms'],
            ['3 Notices', 'notices'],
            ['Signatures', null, 'IN WITNESS WHEREOF the parties have signed this Agreement.'],
            ['Schedule 1 Service Levels', 'service_levels'],
            ['Schedule 2 Data Processing', 'data_protection']]

    /** The indemnification section ends with a procedure clause the classifier gave no type. */
    static final List<List<String>> SECTION_TAIL = [
            ['1 Fees', 'payment_terms'],
            ['2 Indemnification', 'indemnification'],
            ['2 Indemnification > 2.2 Procedure', null],
            ['3 Notices', 'notices']]

    static final List<List<String>> NOTHING_BEFORE = [
            ['1 Notices', 'notices'],
            ['2 Entire Agreement', 'entire_agreement'],
            ['2 Entire Agreement > 2.2 Counterparts', 'entire_agreement'],
            ['Exhibit A Pricing', 'payment_terms']]

    def "a missing clause goes after the section of the last clause that usually comes before it"() {
        when:
        Placement placed = placement.place(missing, clauses(document), types(document))

        then:
        placed.afterClauseIndex() == after
        placed.afterHeading() == heading
        placed.reason() == reason

        where:
        missing                   | document        || after | heading                | reason
        'limitation_of_liability' | SERVICES        || 6     | 'Indemnification'      | 'after clause 5 (Indemnification): liability and indemnity clauses sit together'
        'governing_law'           | SERVICES.findAll { it[1] != 'governing_law' } || 7 | 'Assignment' | 'after clause 6 (Assignment): governing law usually comes after assignment in a commercial contract'
        'limitation_of_liability' | SECTION_TAIL    || 2     | 'Indemnification'      | 'after clause 2 (Indemnification): liability and indemnity clauses sit together'
        'data_protection'         | SERVICES        || 4     | 'Confidentiality'      | 'after clause 4 (Confidentiality): data protection and privacy usually comes after confidentiality in a commercial contract'
        'termination'             | WITH_SIGNATURES || 2     | 'Fees'                 | 'after clause 2 (Fees): termination usually comes after payment terms in a commercial contract'
        'entire_agreement'        | WITH_SIGNATURES || 3     | 'Notices'              | 'after clause 3 (Notices): entire agreement usually comes after notices in a commercial contract'
        'definitions'             | WITH_SIGNATURES || 3     | 'Notices'              | 'at the end of the main body, after clause 3 (Notices), before the signature block: no clause that usually comes before definitions is in the document'
        'definitions'             | NOTHING_BEFORE  || 2     | 'Entire Agreement'     | 'at the end of the main body, after clause 2 (Entire Agreement), before the schedules: no clause that usually comes before definitions is in the document'
    }

    def "a clause is never placed in a schedule, even when the schedule holds the clause types that come before it"() {
        given:
        def document = WITH_SIGNATURES

        when:
        Placement placed = placement.place('insurance', clauses(document), types(document))

        then: 'data protection and service levels appear only in the schedules; the main body ends with notices'
        placed.afterClauseIndex() == 2
        placed.reason().startsWith('after clause 2 (Fees)')
    }

    def "a cover page before the numbered sections is never the place, even with annexes of its own"() {
        given:
        def document = [
                ['Key Terms', null, 'The key legal terms are as follows:'],
                ['Key Terms > Fees', 'payment_terms', 'Fees: as set out in the order form.'],
                ['Annex I List of Parties', null, 'Name: Customer.'],
                ['1 Services', 'service_levels'],
                ['2 Fees', 'payment_terms'],
                ['3 Notices', 'notices']]

        when:
        Placement placed = placement.place('termination', clauses(document), types(document))

        then:
        placed.afterClauseIndex() == 4
        placed.reason() == 'after clause 2 (Fees): termination usually comes after payment terms in a commercial contract'
    }

    def "a heading-only clause is never the anchor, so a proposed clause never separates a heading from its text"() {
        given:
        def document = [
                [null, 'payment_terms', 'Fees are due monthly.'],
                [null, 'indemnification', 'INDEMNITIES'],
                [null, null, 'The Supplier shall hold the Customer harmless from third-party claims.'],
                [null, 'notices', 'Notices go by email.']]

        when:
        Placement placed = placement.place('limitation_of_liability', clauses(document), types(document))

        then:
        placed.afterClauseIndex() == 0
    }

    def "the proposed heading follows the neighbouring headings' case; unheaded documents get none"() {
        when:
        Placement placed = placement.place('limitation_of_liability', clauses(document), types(document))

        then:
        placed.heading() == heading

        where:
        document                                                                  || heading
        [['1 Fees', 'payment_terms'], ['2 Indemnification', 'indemnification']]   || 'Limitation of Liability'
        [['1 FEES', 'payment_terms'], ['2 INDEMNIFICATION', 'indemnification']]   || 'LIMITATION OF LIABILITY'
        [[null, 'payment_terms'], [null, 'indemnification']]                      || null
    }

    def "unnumbered, unheaded clauses are described by their type"() {
        given:
        def document = [[null, 'payment_terms'], [null, 'indemnification'], [null, 'notices']]

        when:
        Placement placed = placement.place('limitation_of_liability', clauses(document), types(document))

        then:
        placed.afterClauseIndex() == 1
        placed.afterHeading() == null
        placed.reason() == 'after the indemnification clause: liability and indemnity clauses sit together'
    }

    def "a document with only a cover page and signatures has nowhere to place a clause"() {
        given:
        def document = [WITH_SIGNATURES[0], WITH_SIGNATURES[4]]

        expect:
        placement.place('limitation_of_liability', clauses(document), types(document)) == null
    }

    def "every clause type of the taxonomy has exactly one place in the clause order"() {
        expect:
        ClauseOrder.bundled().types().toSorted() == taxonomy.types()*.id().toSorted()
    }
}
