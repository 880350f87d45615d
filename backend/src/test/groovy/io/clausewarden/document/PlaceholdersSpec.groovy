package io.clausewarden.document

import spock.lang.Specification

class PlaceholdersSpec extends Specification {

    def "#placeholder in a clause is a placeholder of kind #kind"() {
        given:
        def text = "The Customer shall pay ${placeholder} within thirty days.".toString()

        when:
        def spans = Placeholders.find(text)

        then:
        spans.size() == 1
        spans[0].kind() == kind
        spans[0].text() == placeholder
        text.substring(spans[0].start(), spans[0].end()) == placeholder

        where:
        placeholder                         || kind
        '{fees_display}'                    || Placeholders.Kind.FIELD
        '{{Amount}}'                        || Placeholders.Kind.FIELD
        '«Amount»'                          || Placeholders.Kind.FIELD
        '{IF has_fees}'                     || Placeholders.Kind.CONDITION
        '{END-IF}'                          || Placeholders.Kind.CONDITION
        '________'                          || Placeholders.Kind.BLANK
        '[_____]'                           || Placeholders.Kind.BLANK
        '[…]'                               || Placeholders.Kind.BLANK
        '[●]'                               || Placeholders.Kind.BULLET
        '[•]'                               || Placeholders.Kind.BULLET
        '[$●]'                              || Placeholders.Kind.BULLET
        '[Insert amount]'                   || Placeholders.Kind.INSTRUCTION
        '[Fill in state]'                   || Placeholders.Kind.INSTRUCTION
        '[TBD]'                             || Placeholders.Kind.INSTRUCTION
        '[DATE]'                            || Placeholders.Kind.NAMED
        '[Customer Name]'                   || Placeholders.Kind.NAMED
        '[1 year(s)]'                       || Placeholders.Kind.NAMED
        '[NTD: confirm with finance]'       || Placeholders.Kind.NOTE
        '[Drafting note: check the cap.]'   || Placeholders.Kind.NOTE
    }

    def "#what is not a placeholder"() {
        expect:
        Placeholders.find("Section 5 ${text} applies.".toString()).isEmpty()

        where:
        what                      | text
        'a ticked checkbox'       | '[x]'
        'an empty checkbox'       | '[ ]'
        'a redaction'             | '[***]'
        'a bracketed heading'     | '[Confidentiality]'
        'a footnote number'       | '[1]'
        'a sub-clause letter'     | '[a]'
        'page furniture'          | '[Signature Page Follows]'
        'a short underline'       | '___'
        'JSON in prose'           | '{"a": 1}'
    }

    def "every placeholder of a text is found, in order, without overlaps"() {
        when:
        def spans = Placeholders.find('[ x ]\tList at {url}, signed on [DATE] by ________ for [Customer Name].')

        then:
        spans*.text == ['{url}', '[DATE]', '________', '[Customer Name]']
        spans*.start == spans*.start.sort()
    }

    def "a quote or an edit overlapping a placeholder can be told from one beside it"() {
        given:
        def text = 'Fees are [●] per month.'
        int bullet = text.indexOf('[●]')

        expect:
        Placeholders.overlaps(text, bullet - 2, bullet + 1)
        Placeholders.overlaps(text, 0, text.length())
        !Placeholders.overlaps(text, 0, bullet)
        !Placeholders.overlaps(text, bullet + 3, text.length())
    }
}
