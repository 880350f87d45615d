package io.clausewarden.llm

import spock.lang.Specification

class PersonalDataSpec extends Specification {
    static final List<String> CONTRACT = [
            'This Master Services Agreement is entered into by and between Northwind Analytics, Inc., a Delaware corporation ("Provider"), and Halcyon Biotech Limited (the "Customer").',
            'Notices. Notices to Provider go to 1200 Market Street, Suite 400, San Francisco, CA 94103, Attention: Jane Okafor, legal@northwind.example, +1 (415) 555-0132.',
            'Northwind Analytics shall indemnify Customer against third-party claims.'
    ]

    def "party names from the definitions are masked, with and without their corporate suffix"() {
        given:
        def data = PersonalData.of(CONTRACT, [])

        when:
        def masked = CONTRACT.collect { data.mask(it) }

        then:
        masked.every { !it.contains('Northwind') && !it.contains('Halcyon') }
        masked[0].contains('[PARTY_1]') && masked[0].contains('[PARTY_2]')
        masked[2].startsWith('[PARTY_1] shall indemnify Customer')
    }

    def "defined roles stay readable: only the names behind them are masked"() {
        given:
        def data = PersonalData.of(CONTRACT, [])

        expect:
        data.mask(CONTRACT[0]).contains('("Provider")')
        data.mask(CONTRACT[0]).contains('(the "Customer")')
    }

    def "#kind is masked"() {
        given:
        def data = PersonalData.of(CONTRACT, [])

        expect:
        !data.mask(CONTRACT[1]).contains(value)
        data.mask(CONTRACT[1]).contains(placeholder)

        where:
        kind               | value                       | placeholder
        'an e-mail address' | 'legal@northwind.example'   | '[EMAIL_1]'
        'a phone number'   | '555-0132'                  | '[PHONE_1]'
        'a street address' | '1200 Market Street'        | '[ADDRESS_1]'
        'a notice contact' | 'Jane Okafor'               | '[PERSON_'
    }

    def "names on the firm's list are masked wherever they appear"() {
        given:
        def data = PersonalData.of(['The deal lead is Priya Raman.'], ['Priya Raman'])

        expect:
        data.mask('The deal lead is Priya Raman.') == 'The deal lead is [PERSON_1].'
    }

    def "amounts, dates, section numbers and notice periods are not mistaken for phone numbers"() {
        given:
        def text = 'Fees of $1,250,000 are due within 30 days of 2025-01-15 under Section 12.3.4, capped at 12 months of fees.'
        def data = PersonalData.of([text], [])

        expect:
        data.mask(text) == text
    }

    def "placeholders in an answer are restored to the values they stand for (a party by its full defined name)"() {
        given:
        def data = PersonalData.of(CONTRACT, [])

        expect:
        data.restore('Only [PARTY_1] indemnifies; write to [EMAIL_1].') == 'Only Northwind Analytics, Inc. indemnifies; write to legal@northwind.example.'
    }

    def "the same document masks the same way every time"() {
        expect:
        PersonalData.of(CONTRACT, []).mask(CONTRACT[1]) == PersonalData.of(CONTRACT, []).mask(CONTRACT[1])
    }

    def "leftover placeholders are recognised"() {
        expect:
        PersonalData.hasPlaceholder('pay [PARTY_7] on demand')
        !PersonalData.hasPlaceholder('pay the Customer on demand [1]')
    }
}
