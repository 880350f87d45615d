package io.clausewarden.redline

import spock.lang.Specification

class TextOperationsSpec extends Specification {

    private static String applyInOrder(String quote, List<TextOperations.Operation> ops) {
        def text = new StringBuilder(quote)
        ops.each { op ->
            if (op.op() == 'delete') {
                assert text.substring(op.offset(), op.offset() + op.length()) == op.text()
                text.delete(op.offset(), op.offset() + op.length())
            } else {
                text.insert(op.offset(), op.text())
            }
        }
        text.toString()
    }

    def "applying the operations in list order to the quote gives the suggestion: #suggested"() {
        expect:
        applyInOrder(quote, TextOperations.of(quote, suggested)) == suggested

        where:
        quote                                   | suggested
        'within three (3) days of notice'       | 'within twelve (12) days of written notice'
        'shall promptly notify'                 | 'shall notify'
        'Fees; taxes'                           | 'Fees, taxes and duties'
        'À propos du “Contrat”'                 | 'Au sujet du “Contrat”'
    }

    def "a replacement is a delete then an insert at the same offset"() {
        when:
        def ops = TextOperations.of('within three (3) days', 'within twelve (12) days')

        then:
        ops*.op() == ['delete', 'insert', 'delete', 'insert']
        ops*.offset() == [14, 14, 7, 7]
        ops*.text() == ['3', '12', 'three', 'twelve']
        ops*.length() == [1, 2, 5, 6]
    }

    def "every operation names the quote it is relative to and its hash"() {
        when:
        def ops = TextOperations.of('pay in 30 days', 'pay in 60 days')

        then:
        ops.every { it.anchorQuote() == 'pay in 30 days' && it.anchorSha256() == DocxFixtures.sha256('pay in 30 days') }
    }

    def "identical texts need no operations"() {
        expect:
        TextOperations.of('same', 'same').isEmpty()
    }
}
