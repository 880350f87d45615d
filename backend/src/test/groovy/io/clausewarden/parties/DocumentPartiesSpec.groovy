package io.clausewarden.parties

import spock.lang.Specification

class DocumentPartiesSpec extends Specification {
    static List<Map> parties(String preamble, String ourRole = 'customer', String weAre = null, List<String> body = []) {
        DocumentParties.read([preamble] + body, ourRole, weAre).roles().parties()
                .collect { [name: it.name(), definedAs: it.definedAs(), role: it.role()] }
    }

    def "parties are read from the preamble with their defined names: #why"() {
        expect:
        parties(preamble).collect { [it.name, it.definedAs] } == expected

        where:
        why                      | preamble                                                                                                                                       || expected
        'company names'          | 'This Agreement is made by and between Northwind Traders, Inc., a Delaware corporation ("Northwind"), and Contoso Ltd ("Customer").'          || [['Northwind Traders, Inc.', 'Northwind'], ['Contoso Ltd', 'Customer']]
        'the + role word'        | 'THIS MASTER SERVICES AGREEMENT ("Agreement") is between Clear Capital (the "Company") and RadialSpark, LLC (the "Contractor").'              || [['Clear Capital', 'Company'], ['RadialSpark, LLC', 'Contractor']]
        'hereinafter'            | 'This licence is granted between Acme Corp. (hereinafter referred to as "Licensor") and Beta GmbH (hereinafter "Licensee").'                   || [['Acme Corp.', 'Licensor'], ['Beta GmbH', 'Licensee']]
        'curly quotes, capitals' | 'BETWEEN\n\nGARMAN ROUTING SYSTEMS, INC. (“GARMAN”)\n\nAND\n\nSPARKLING SPRING WATER GROUP LIMITED (“SPARKLING”)'                               || [['GARMAN ROUTING SYSTEMS, INC.', 'GARMAN'], ['SPARKLING SPRING WATER GROUP LIMITED', 'SPARKLING']]
        'each a Party'           | 'This Agreement is between Alpha Ltd and Beta Inc. (each a "Party" and together the "Parties").'                                            || [['Alpha Ltd', null], ['Beta Inc.', null]]
        'address before the term'| 'Ingram Micro, a corporation organized under the laws of California, having a place of business at 1600 E. St. Andrew Place, ("Distributor") and NETGEAR, Inc. ("NETGEAR") agree as follows.' || [['Ingram Micro', 'Distributor'], ['NETGEAR, Inc.', 'NETGEAR']]
    }

    def "defined terms that are not parties are left out"() {
        expect:
        parties('This Agreement, dated as of 1 May 2026 (the "Effective Date"), between Alpha Ltd ("Customer") and Beta Inc. ("Provider") covers the services (the "Services") and the fees (the "Fees").')
                *.definedAs == ['Customer', 'Provider']
    }

    def "a party's role word maps it onto the playbook's role"() {
        expect:
        parties('This Agreement is between Alpha Ltd ("Licensee") and Beta Inc. ("Licensor").', ourRole)*.role == roles

        where:
        ourRole    || roles
        'customer' || ['us', 'counterparty']
        'provider' || ['counterparty', 'us']
    }

    def "a party defined by its own name gets its role from what the contract has it do"() {
        given:
        def body = ['Northwind will provide the Services to Contoso and will host the Platform.',
                    'Contoso shall pay Northwind the Fees within 30 days. Northwind grants Contoso a licence to use the Platform.']

        expect:
        parties('This Agreement is between Northwind Traders, Inc. ("Northwind") and Contoso Ltd ("Contoso").', 'customer', null, body)
                .collect { [it.definedAs, it.role] } == [['Northwind', 'counterparty'], ['Contoso', 'us']]
    }

    def "with one party known, the other of two is the other side"() {
        expect:
        parties('The agreement between Clear Capital (the "Company") and RadialSpark, LLC (the "Contractor").')*.role == ['us', 'counterparty']
    }

    def "the reviewer can say who we are, by name or by defined term"() {
        expect:
        parties('This Agreement is between Alpha Ltd ("Customer") and Beta Inc. ("Provider").', 'customer', weAre)*.role == roles

        where:
        weAre   || roles
        'Beta'  || ['counterparty', 'us']
        'alpha' || ['us', 'counterparty']
    }

    def "a reviewer naming a party the document does not name is reported as us"() {
        when:
        def reading = DocumentParties.read(['Terms of service of the Provider.'], 'customer', 'Acme')

        then:
        reading.roles().source() == 'request'
        reading.roles().parties()*.name == ['Acme']
        reading.names().ours() == ['Acme']
    }

    def "the names for each side are the defined term, the full name and the name without its suffix"() {
        when:
        def names = DocumentParties.read(['This Agreement is between Northwind Traders, Inc. ("Northwind") and Contoso Ltd ("Customer").'],
                'customer', null).names()

        then:
        names.ours() == ['Customer', 'Contoso Ltd', 'Contoso']
        names.theirs() == ['Northwind', 'Northwind Traders, Inc.', 'Northwind Traders']
    }

    def "a document that names no party falls back on the playbook's role words"() {
        when:
        def reading = DocumentParties.read(['The Provider will provide the Services.'], 'customer', null)

        then:
        reading.roles().source() == 'playbook'
        reading.names().ours().contains('Customer')
        reading.names().theirs().contains('Provider')
    }

    def "role words defined in the body count as parties: #definition"() {
        expect:
        DocumentParties.read(['Terms.', definition], 'customer', null).roles().parties()*.definedAs == expected

        where:
        definition                                                                 || expected
        '"Customer" means the entity identified as Customer on the Cover Page.'    || ['Customer']
        '**"Provider"** means the entity identified as Provider on the Order Form.' || ['Provider']
    }

    def "an NDA is one-way when a named party is the recipient, and mutual when each party may disclose"() {
        expect:
        DocumentParties.read([text], 'either', null).roles().structure() == structure

        where:
        text                                                                                                               || structure
        'This Agreement is between Alpha Ltd (the "Disclosing Party") and Beta Inc. (the "Recipient").'                   || 'one_way'
        'Each party may disclose Confidential Information to the other; as the context requires, each party is a Receiving Party.' || 'mutual'
        'The parties wish to discuss a possible transaction.'                                                             || 'unstated'
    }

    def "a mutual playbook reads the two parties of a one-way NDA as two sides"() {
        when:
        def names = DocumentParties.read(['This Agreement is between Alpha Ltd (the "Discloser") and Beta Inc. (the "Recipient").'],
                'either', null).names()

        then:
        names.oneWay()
        names.ours() == ['Discloser', 'Alpha Ltd', 'Alpha']
        names.theirs() == ['Recipient', 'Beta Inc.', 'Beta']
    }
}
