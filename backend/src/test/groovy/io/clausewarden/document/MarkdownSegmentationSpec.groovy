package io.clausewarden.document

import java.nio.charset.StandardCharsets
import spock.lang.Specification
import spock.lang.Subject

class MarkdownSegmentationSpec extends Specification {

    @Subject
    DocumentReader reader = new DocumentReader()

    private List<Clause> read(String markdown) {
        reader.read('terms.md', markdown.getBytes(StandardCharsets.UTF_8)).clauses()
    }

    def "nested numbered list items with header spans become clauses under a heading path"() {
        given:
        def markdown = '''\
# Sample Terms

1. <span class="header_2" id="8">Limitation of Liability</span>
    1. <span class="header_3" id="8.1">Liability Caps.</span>
        a. **<span id="8.1.a">Each</span> party's total liability will not exceed the fees paid in the prior year.**
    2. <span class="header_3" id="8.2">Damages Waiver.</span>  Neither party is liable for <span class="keyterms_link">indirect</span> damages.
'''
        when:
        def clauses = read(markdown)

        then:
        clauses*.heading == ['8 Limitation of Liability > 8.1 Liability Caps',
                             '8 Limitation of Liability > 8.2 Damages Waiver']
        clauses*.numbering == ['8.1.a', '8.2']
        clauses[0].text == "Each party's total liability will not exceed the fees paid in the prior year."
        clauses[1].text == 'Damages Waiver.  Neither party is liable for indirect damages.'
    }

    def "list numbering is derived from nesting when spans carry no id"() {
        when:
        def clauses = read('''\
1. Payment
    1. Customer pays within thirty days.
    2. Late amounts bear interest.
''')

        then:
        clauses*.numbering == ['1.1', '1.2']
        clauses*.heading == ['1 Payment', '1 Payment']
    }

    def "flat bold-numbered paragraphs become numbered clauses labelled by their bold title"() {
        when:
        def clauses = read('''\
**16. Limitations of Liability**.

**16.1. General Cap**. **Each party's entire liability will not exceed the General Cap.**

**22.2. Governing Law**. The Governing Law governs this Agreement.
''')

        then:
        clauses*.numbering == ['16.1', '22.2']
        clauses*.heading == ['16 Limitations of Liability > 16.1 General Cap', '22.2 Governing Law']
        clauses[0].text == "General Cap. Each party's entire liability will not exceed the General Cap."
    }

    def "markup is stripped but the inner text is kept"() {
        expect:
        MarkdownSegmenter.strip(markdown) == plain

        where:
        markdown                                                | plain
        '<span class="coverpage_link">Customer</span> may use'  | 'Customer may use'
        '**bold** and _emphasis_ and *stars*'                   | 'bold and emphasis and stars'
        'snake_case_name stays'                                 | 'snake_case_name stays'
        'see [the policy](https://example.com) &amp; more'      | 'see the policy & more'
    }

    def "lettered sub-paragraphs sit under the preceding numbered clause"() {
        when:
        def clauses = read('''\
**8.1. Mutual Warranties**. Each party represents and warrants that:

(a) it has the power to enter into this Agreement, and

(b) it will not introduce viruses.
''')

        then:
        clauses*.numbering == ['8.1', '(a)', '(b)']
        clauses[1].heading == '8.1 Mutual Warranties'
        clauses[1].text == 'it has the power to enter into this Agreement, and'
    }

    private ParsedDocument document(String markdown) {
        reader.read('terms.md', markdown.getBytes(StandardCharsets.UTF_8))
    }

    def "a cover page's guidance labels and blanks are notes, its options clauses of their own"() {
        when:
        def document = document('''\
# Mutual Non-Disclosure Agreement

### Purpose
<label>How Confidential Information may be used</label>

Evaluating a business relationship.

### MNDA Term
<label>The length of this MNDA</label>
- [x]     Expires [1 year(s)] from Effective Date.
- [ ]     Continues until terminated.

### Governing Law & Jurisdiction
Governing Law: [Fill in state]

### MNDA Modifications
List any modifications to the MNDA
''')

        then:
        document.clauses()*.text == ['Evaluating a business relationship.', '[x]     Expires [1 year(s)] from Effective Date.',
                                     '[ ]     Continues until terminated.']
        document.clauses()*.heading == ['Purpose', 'MNDA Term', 'MNDA Term']
        document.notes()*.kind == [DraftingNote.Kind.GUIDANCE, DraftingNote.Kind.GUIDANCE, DraftingNote.Kind.BLANK,
                                   DraftingNote.Kind.INSTRUCTION]
        document.notes()*.text == ['How Confidential Information may be used', 'The length of this MNDA',
                                   'Governing Law: [Fill in state]', 'List any modifications to the MNDA']
    }

    def "a table's header and rule are not clauses and a row of empty cells is a blank to fill in"() {
        when:
        def document = document('''\
By signing, each party agrees to this Agreement.

|| PARTY 1 | PARTY 2 |
|:--- | :----: | :----: |
| Signature | | |
| Company | Acme Corp. | Widget LLC |
''')

        then:
        document.clauses()*.text == ['By signing, each party agrees to this Agreement.', 'Company | Acme Corp. | Widget LLC']
        document.notes()*.text == ['Signature']
        document.notes()*.kind == [DraftingNote.Kind.BLANK]
    }

    def "a heading with spaced letters is read as a word in the heading path"() {
        expect:
        read('Intro.\n\n## W I T N E S S E T H\n\nThe parties agree.\n').last().heading == 'WITNESSETH'
    }

    def "a numbered item led by its bold title is a section under that title"() {
        when:
        def clauses = read('''\
# Standard Terms

1. **Introduction**. This Agreement allows each party to disclose information.

2. **Term and Termination**. This Agreement expires at the end of the Term.
''')

        then:
        clauses*.heading == ['1 Introduction', '2 Term and Termination']
        clauses*.numbering == ['1', '2']
    }

    def "text formats have no anchors"() {
        expect:
        read('1. Confidentiality. Each party keeps the other party\'s secrets.').every { it.anchor() == null }
    }
}
