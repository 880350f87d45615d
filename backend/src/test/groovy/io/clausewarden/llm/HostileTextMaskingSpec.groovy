package io.clausewarden.llm

import spock.lang.Specification
import spock.lang.Timeout

/**
 * A review's text is the sender's: finding what to mask must take time in proportion to its length whatever
 * its shape. The guard only stops a broken build from hanging: before, 20,000 capital letters took 26 s and
 * 200,000 would have taken most of an hour.
 */
@Timeout(60)
class HostileTextMaskingSpec extends Specification {
    static final int LENGTH = 200_000
    static final String TAIL = ' Notices go to legal@northwind.example or +1 (415) 555-0132.'

    def "masking finishes on #what and still masks what follows it"() {
        given:
        def text = hostile + TAIL
        def data = PersonalData.of([text], [])

        when:
        def masked = data.mask(text)

        then:
        !masked.contains('legal@northwind.example')
        !masked.contains('555-0132')

        where:
        what                                 | hostile
        'one capitalised word'               | 'A' * LENGTH
        'capitalised words'                  | 'Ab ' * (LENGTH / 3)
        'capitalised words and commas'       | 'Ab, ' * (LENGTH / 4)
        'a name and a long description'      | ('Ab, a ' + 'x' * 100) * (LENGTH / 106)
        'a local part without a domain'      | 'a' * LENGTH + '@ '
        'dotted letters'                     | 'a.' * (LENGTH / 2)
        'a party list that never ends'       | 'between ' + 'Ab ' * (LENGTH / 3)
        'street numbers without a street'    | '1 Ab ' * (LENGTH / 5)
        'attention lines without a name'     | 'Attention: Ab ' * (LENGTH / 14)
        'open brackets'                      | 'Ab (' * (LENGTH / 4)
    }
}
