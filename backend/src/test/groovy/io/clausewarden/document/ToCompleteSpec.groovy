package io.clausewarden.document

import spock.lang.Specification

class ToCompleteSpec extends Specification {

    def "placeholders and notes are listed once each, in document order, with the clause they are in"() {
        // a blank or bullet is described by the words around it on its line: up to 40 characters before, 20 after
        given:
        def clauses = [new Clause(0, 'Fees', null, 'Customer pays [●] per month within [●] days.', null),
                       new Clause(1, 'Parties', null, 'Signed by {customer_name} on [DATE] [NTD: confirm date].', null),
                       new Clause(2, 'Parties', null, 'Notices go to {customer_name}.', null)]
        def notes = [new DraftingNote(1, DraftingNote.Kind.NOTE, 'Fees', '[Drafting note: confirm the fee.]', null),
                     new DraftingNote(3, DraftingNote.Kind.BLANK, 'Key Terms > Governing Law', '{governing_law}', null),
                     new DraftingNote(3, DraftingNote.Kind.GUIDANCE, 'Key Terms', 'How the law is chosen', null),
                     new DraftingNote(3, DraftingNote.Kind.INSTRUCTION, null, 'Instructions: fill in the cover page.', null)]

        when:
        def items = ToComplete.in(clauses, notes)

        then:
        items == [new ToComplete(0, 'placeholder', 'Customer pays [●] per month within'),
                  new ToComplete(0, 'placeholder', 'Customer pays [●] per month within [●] days.'),
                  new ToComplete(null, 'drafting_note', '[Drafting note: confirm the fee.]'),
                  new ToComplete(1, 'placeholder', '{customer_name}'),
                  new ToComplete(1, 'placeholder', '[DATE]'),
                  new ToComplete(1, 'drafting_note', '[NTD: confirm date]'),
                  new ToComplete(null, 'placeholder', 'Governing Law: {governing_law}'),
                  new ToComplete(null, 'instruction', 'Instructions: fill in the cover page.')]
    }

    def "a document with nothing left to complete lists nothing"() {
        expect:
        ToComplete.in([new Clause(0, null, null, 'Delaware law governs this Agreement.', null)], []).isEmpty()
    }
}
