package io.clausewarden.document

import java.nio.charset.StandardCharsets
import spock.lang.Specification

class TextSegmentationSpec extends Specification {

    DocumentReader reader = new DocumentReader()

    private List<Clause> read(String text) {
        reader.read('contract.txt', text.getBytes(StandardCharsets.UTF_8)).clauses()
    }

    def "uppercase title lines become headings of the paragraphs below them"() {
        when:
        def clauses = read('''\
GOVERNING LAW

This Agreement is governed by the laws of the State of New York.

NOTICES

Notices must be in writing.
''')

        then:
        clauses*.heading == ['GOVERNING LAW', 'NOTICES']
        clauses*.text == ['This Agreement is governed by the laws of the State of New York.', 'Notices must be in writing.']
    }

    def "a title line directly above its body becomes the heading of that body"() {
        when:
        def clauses = read('''\
1. Governing Law
This Agreement is governed by the laws of the State of New York.

2. Limitation of Liability
Each party's liability is limited to the fees paid in the prior twelve months.
''')

        then:
        clauses*.heading == ['1 Governing Law', '2 Limitation of Liability']
        clauses*.text == ['This Agreement is governed by the laws of the State of New York.',
                          "Each party's liability is limited to the fees paid in the prior twelve months."]
    }

    def "numbered paragraphs are split even without blank lines"() {
        when:
        def clauses = read('''\
1. Payment. Customer pays each invoice within thirty days.
1.1 Late payments bear interest at one percent per month.
(a) Interest accrues daily.
2. Term. This Agreement lasts one year.''')

        then:
        clauses*.numbering == ['1', '1.1', '(a)', '2']
        clauses*.heading == ['1 Payment', '1 Payment', '1 Payment', '2 Term']
        clauses[1].text == 'Late payments bear interest at one percent per month.'
    }

    def "numbering style #style is recognised"() {
        when:
        def clauses = read("${line}\n")

        then:
        clauses.size() == 1
        clauses[0].numbering == numbering

        where:
        style           | line                                                             | numbering
        'decimal'       | '5. The supplier shall deliver the goods on time and in full.'   | '5'
        'multi-level'   | '5.2.1 The supplier shall deliver the goods on time and in full.' | '5.2.1'
        'section'       | 'Section 5. The supplier shall deliver the goods on time.'       | '5'
        'lettered'      | '(c) the supplier shall deliver the goods on time.'              | '(c)'
    }

    def "an article heading with its title becomes a heading"() {
        when:
        def clauses = read('''\
ARTICLE IV - INDEMNIFICATION

Supplier shall indemnify Customer against third-party claims.
''')

        then:
        clauses.size() == 1
        clauses[0].heading == 'ARTICLE IV INDEMNIFICATION'
    }

    def "page furniture from extracted PDFs is dropped"() {
        when:
        def clauses = read('''\
The supplier shall deliver the goods.

Page 3 of 10

The customer shall pay for the goods.
''')

        then:
        clauses*.text == ['The supplier shall deliver the goods.', 'The customer shall pay for the goods.']
    }

    def "binary content disguised as text is rejected"() {
        when:
        reader.read('contract.txt', [0x41, 0x00, 0x42] as byte[])

        then:
        def e = thrown(DocumentRejectedException)
        e.reasonCode() == 'binary_content'
    }

    def "explicit clause inputs keep their text and use the caller's id as anchor"() {
        when:
        def document = reader.fromClauses([new ClauseInput('c-1', 'First clause.'), new ClauseInput('c-2', 'Second.')])

        then:
        document.clauses()*.index == [0, 1]
        document.clauses()*.heading == [null, null]
        document.clauses()*.text == ['First clause.', 'Second.']
        document.clauses()*.anchor == ['c-1', 'c-2']
    }

    def "unsupported extensions are rejected"() {
        when:
        reader.read('contract.pdf', '%PDF-1.7'.bytes)

        then:
        def e = thrown(DocumentRejectedException)
        e.reasonCode() == 'unsupported_format'
    }
}
