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

    private ParsedDocument document(String text) {
        reader.read('contract.txt', text.getBytes(StandardCharsets.UTF_8))
    }

    def "a heading written with spaced letters is read as the word #word"() {
        when:
        def clauses = read("Master Agreement made by Acme Corp. and Widget LLC.\n\n${spaced}\n\nThe text under it.\n")

        then:
        clauses.last().heading == word
        clauses.last().text == 'The text under it.'

        where:
        spaced                    || word
        'B E T W E E N'           || 'BETWEEN'
        'R E C I T A L S'         || 'RECITALS'
        'W I T N E S S E T H:'    || 'WITNESSETH'
        'N O W   T H E R E F O R E' || 'NOW THEREFORE'
    }

    def "lettered recitals sit under the RECITALS heading, not beside it"() {
        when:
        def clauses = read('''\
This Agreement is made between Acme Corp. and Widget LLC.

R E C I T A L S

A. Customer wishes to buy widgets.

B. Supplier wishes to sell widgets.
''')

        then:
        clauses*.heading == [null, 'RECITALS', 'RECITALS']
        clauses*.numbering == [null, 'A.', 'B.']
    }

    def "a #style section opens a heading path that the next section closes"() {
        when:
        def clauses = read("""\
7. Confidentiality

Each party keeps the other party's secrets.

Exceptions

Information already public is not confidential.

${eight}

8.1 Caps. Each party's liability is capped at the fees paid in the prior twelve months.

8.2 Exclusions. Neither party is liable for indirect damages.

${nine}

This Agreement is governed by the laws of Delaware.
""")

        then:
        clauses*.heading == ['7 Confidentiality', '7 Confidentiality > Exceptions', "${capsPath} > 8.1 Caps",
                             "${capsPath} > 8.2 Exclusions", ninePath]
        clauses[2].numbering == '8.1'

        where:
        style            | eight                                   | nine                         | capsPath                                 | ninePath
        'decimal'        | '8. Limitation of Liability'            | '9. Governing Law'           | '8 Limitation of Liability'              | '9 Governing Law'
        'Section dash'   | 'Section 8 – Limitation of Liability'   | 'Section 9 – Governing Law'  | '8 Limitation of Liability'              | '9 Governing Law'
        'ARTICLE'        | 'ARTICLE VIII LIMITATION OF LIABILITY'  | 'ARTICLE IX GOVERNING LAW'   | 'ARTICLE VIII LIMITATION OF LIABILITY'   | 'ARTICLE IX GOVERNING LAW'
    }

    def "a lead-in sentence ending in a colon is a clause, not a heading"() {
        when:
        def clauses = read('''\
WITNESSETH

NOW, THEREFORE, the parties agree as follows:

1. Term. This Agreement lasts one year.
''')

        then:
        clauses*.text == ['NOW, THEREFORE, the parties agree as follows:', 'Term. This Agreement lasts one year.']
        clauses[0].heading == 'WITNESSETH'
    }

    def "the title above the first heading does not become the parent of the sections"() {
        when:
        def clauses = read('''\
MASTER SERVICES AGREEMENT

Recitals

Whereas the Customer wishes to buy services from the Supplier.

1. Services. The Supplier provides the services.
''')

        then:
        clauses*.heading == ['Recitals', '1 Services']
    }

    def "numbered titles inside a long extracted line start their own sections"() {
        given:
        def line = ('The parties agree as follows. ' * 12) + "3. CONTRACTOR'S COMPENSATION. (a) Company pays the fees. " +
                '7. LIMITATIONS OF LIABILITY; INDEMNIFICATION. (a) Liability is capped at the fees. ' +
                '11. SEVERABILITY; GOVERNING LAW. Delaware law governs this Agreement.'

        when:
        def clauses = read(line)

        then:
        clauses.find { it.text == 'Company pays the fees.' }.heading == "3 CONTRACTOR'S COMPENSATION"
        clauses.find { it.text == 'Liability is capped at the fees.' }.heading == '7 LIMITATIONS OF LIABILITY; INDEMNIFICATION'
        clauses.last().heading == '11 SEVERABILITY; GOVERNING LAW'
    }

    def "#what is a drafting note of kind #kind, not a clause"() {
        when:
        def document = document("1. Fees. Customer pays the fees.\n\n${note}\n\n2. Term. This Agreement lasts one year.\n")

        then:
        document.clauses()*.text == ['Fees. Customer pays the fees.', 'Term. This Agreement lasts one year.']
        document.notes().size() == 1
        with(document.notes()[0]) {
            it.kind() == kind
            it.text() == note
            it.position() == 1
            it.heading() == '1 Fees'
        }

        where:
        what                    | note                                                    | kind
        'a bracketed note'      | '[Drafting note: confirm the cap with the client.]'     | DraftingNote.Kind.NOTE
        'a note to draft'       | 'Note to draft: check the notice period.'               | DraftingNote.Kind.NOTE
        'an NTD'                | '[NTD: Supplier to confirm.]'                           | DraftingNote.Kind.NOTE
        'a bracketed [Note: …]' | '[Note: delete if not applicable.]'                     | DraftingNote.Kind.NOTE
        'an instruction'        | 'Instructions: fill in the cover page before signing.'  | DraftingNote.Kind.INSTRUCTION
        'a blank field'         | 'Governing Law: ________'                               | DraftingNote.Kind.BLANK
        'a field placeholder'   | '{governing_law}'                                       | DraftingNote.Kind.BLANK
    }

    def "a lead-in ending in a colon stays a clause even though it looks like a label"() {
        expect:
        document('Sparkling shall:\n\n(a) keep the software confidential.\n').clauses()*.text ==
                ['Sparkling shall:', 'keep the software confidential.']
    }

    def "a running header repeated on every page with its page number is dropped"() {
        given:
        def texts = ['The Distributor resells the products.', 'The Supplier delivers the products.',
                     'Either party may terminate on notice.']
        def pages = texts.withIndex().collect { text, n -> "ACME Distributor Agreement   ${n + 1}        083096\n\n${text}\n" }

        when:
        def clauses = read(pages.join('\n'))

        then:
        clauses*.text == texts
        clauses.every { it.heading == null }
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
