package io.clausewarden.review

import io.clausewarden.classify.TypeScore
import io.clausewarden.document.Clause
import io.clausewarden.playbook.BundledPlaybooks
import io.clausewarden.playbook.PartyNames
import io.clausewarden.support.Sha256
import spock.lang.Specification

class EditGuardSpec extends Specification {
    static final PartyNames NAMES = new PartyNames(['Customer'], ['Provider'], false)
    static final String CAP = "Provider's total liability under this Agreement will not exceed the fees paid in the three (3) months before the claim."

    static List<Finding> guard(String text, String quote, String suggested, String type, double confidence) {
        def clauses = [new Clause(0, 'Clause', null, text, null)]
        def types = [[new TypeScore(type, confidence, null), new TypeScore('termination', 0.45, null)]]
        def finding = new Finding('f-1', 0, type, 'deviation', 'high', quote, Sha256.hex(quote), 'The cap is too low.',
                suggested, 'rule', null, 'We ask for twelve months.')
        def playbook = BundledPlaybooks.load('saas-customer').boundTo(NAMES)
        new EditGuard(playbook, clauses, types, NAMES, { it.replace('_', ' ') }).review([finding])
    }

    def "a clause's best type counts as confident even below the floor"() {
        given:
        def clauses = [new Clause(0, null, null, CAP, null)]
        def finding = new Finding('f-3', 0, 'limitation_of_liability', 'deviation', 'high', CAP, Sha256.hex(CAP), 'Low.',
                CAP.replace('three (3)', 'twelve (12)'), 'rule', null, null)

        expect:
        new EditGuard(BundledPlaybooks.load('saas-customer'), clauses,
                [[new TypeScore('limitation_of_liability', 0.4, null)]], NAMES, { it }).review([finding])[0].suggestedText()
    }

    def "a narrow edit on a clause confidently of the position's type is offered"() {
        when:
        def kept = guard(CAP, CAP, CAP.replace('three (3)', 'twelve (12)'), 'limitation_of_liability', 0.9)[0]

        then:
        kept.position() == 'deviation'
        kept.suggestedText().contains('twelve (12) months')
        kept.comment() == 'We ask for twelve months.'
    }

    def "an edit on a clause that is not clearly of the position's type is withheld, and the finding needs review"() {
        when:
        def withheld = guard(CAP, CAP, CAP.replace('three (3)', 'twelve (12)'), 'limitation_of_liability', 0.4)[0]

        then:
        withheld.position() == 'needs_review'
        withheld.suggestedText() == null
        withheld.comment() == null
        withheld.risk() == 'high'
        withheld.rationale().startsWith('Reported as deviation. The cap is too low.')
        withheld.rationale().contains('not clear that this clause deals with limitation of liability (confidence 0.40)')
    }

    def "an edit that drops a duty the other party owes us is withheld"() {
        given:
        String text = 'Provider will notify Customer of any Security Incident within 72 hours and will cooperate with Customer.'

        when:
        def withheld = guard(text, text, 'Each party will notify the other of any Security Incident within 48 hours.',
                'data_protection', 0.9)[0]

        then:
        withheld.position() == 'needs_review'
        withheld.suggestedText() == null
        withheld.rationale().contains('would remove the other party\'s duty ("Provider will notify")')
    }

    def "an edit that keeps the other party's duties and strengthens them is offered"() {
        given:
        String text = 'Provider will notify Customer of any Security Incident within 72 hours.'

        expect:
        guard(text, text, text.replace('72 hours', '48 hours'), 'data_protection', 0.9)[0].suggestedText().contains('48 hours')
    }

    def "an edit that would not meet the position is withheld"() {
        when:
        def withheld = guard(CAP, CAP, CAP.replace('three (3)', 'four (4)'), 'limitation_of_liability', 0.9)[0]

        then:
        withheld.position() == 'needs_review'
        withheld.rationale().endsWith('the edit we could derive would not meet the position.')
    }

    def "an edit on text with a placeholder still to complete is withheld"() {
        given:
        String text = 'This Agreement is governed by the laws of [Insert state].'

        when:
        def withheld = guard(text, text, 'This Agreement is governed by the laws of New York.', 'governing_law', 0.9)[0]

        then:
        withheld.position() == 'needs_review'
        withheld.suggestedText() == null
        withheld.rationale().contains('placeholder to complete')
    }

    def "findings without an edit pass unchanged"() {
        given:
        def clauses = [new Clause(0, 'Clause', null, CAP, null)]
        def f = new Finding('f-2', 0, 'limitation_of_liability', 'preferred', 'ok', CAP, Sha256.hex(CAP), 'Met.', null, 'rule', null, null)

        expect:
        new EditGuard(BundledPlaybooks.load('saas-customer'), clauses, [[]], NAMES, { it }).review([f]) == [f]
    }

    def "our whole preferred language replaces a sentence only where the clause deals with nothing else we review"() {
        given:
        String text = 'Each party\'s total liability, including for indemnification, will not exceed USD 100.'
        def playbook = BundledPlaybooks.load('saas-customer').boundTo(NAMES)
        String preferred = playbook.position('limitation_of_liability').get().preferred()
        def finding = new Finding('f-9', 0, 'limitation_of_liability', 'deviation', 'high', text, Sha256.hex(text), 'Low cap.',
                preferred, 'rule', null, null)
        def types = [[new TypeScore('limitation_of_liability', 0.9, null), new TypeScore(other, confidence, null)]]

        when:
        def guarded = new EditGuard(playbook, [new Clause(0, null, null, text, null)], types, NAMES, { it.replace('_', ' ') })
                .review([finding])[0]

        then:
        (guarded.suggestedText() != null) == offered
        offered || guarded.rationale().endsWith('the clause also deals with indemnification, so replacing the sentence with' +
                ' our preferred language could change more than this point.')

        where:
        other             | confidence || offered
        'indemnification' | 0.7        || false
        'indemnification' | 0.3        || true
        'notices'         | 0.8        || true
    }
}
