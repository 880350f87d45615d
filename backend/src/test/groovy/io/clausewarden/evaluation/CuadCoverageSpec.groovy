package io.clausewarden.evaluation

import io.clausewarden.classify.ClauseClassifier
import io.clausewarden.document.DocumentReader
import io.clausewarden.evaluation.CuadCoverage.Miss
import io.clausewarden.llm.JudgementSession
import io.clausewarden.playbook.BundledPlaybooks
import io.clausewarden.review.ReviewEngine
import io.clausewarden.review.ReviewListener
import io.clausewarden.review.ReviewReport
import spock.lang.Shared
import spock.lang.Specification

import java.nio.file.Files
import java.nio.file.Path

/**
 * Coverage of CUAD-labelled spans on a handmade contract in the CUAD format ({@code coverage/} test resources):
 * a governing-law sentence labelled across a line break, an anti-assignment label on a clause that only speaks of
 * successors (the assignment finding quotes the assignment clause instead), and an audit-rights label no bundled
 * playbook reads.
 */
class CuadCoverageSpec extends Specification {
    @Shared
    Path fixture = Path.of(getClass().getResource('/coverage').toURI())
    @Shared
    ReviewEngine engine = new ReviewEngine(ClauseClassifier.rules())
    @Shared
    List<ReviewReport> reports = []
    @Shared
    CuadCoverage coverage = new CuadCoverage({ playbook, document ->
        ReviewReport report = engine.review('coverage', playbook, document.clauses(), document.notes(),
                ReviewListener.NONE, JudgementSession.off(), [], null)
        reports << report
        report
    } as CuadCoverage.Reviewer, ClauseClassifier.rules().taxonomy())
    @Shared
    CuadCoverage.Result result = coverage.measure(CuadCoverage.contractsIn(fixture, 0),
            BundledPlaybooks.ids().collect { BundledPlaybooks.load(it) }, { done, all -> })

    def "a labelled span is covered when a finding on its type quotes it, line breaks notwithstanding (#playbook)"() {
        expect:
        with(result.row('Governing Law', playbook)) {
            type() == 'governing_law'
            spans() == 1
            covered() == 1
        }

        where:
        playbook << ['saas-customer', 'mutual-nda']
    }

    def "a span in a clause not typed as its category is not covered by a finding that quotes another clause (#playbook)"() {
        given:
        ReviewReport report = reports.find { it.playbook().id() == playbook }
        String assignmentClause = document().clauses().find { it.text().contains('Neither party may assign') }.text()

        expect: 'the review does report on assignment, quoting the assignment clause'
        report.findings().any { it.clauseType() == 'assignment' && assignmentClause.contains(it.quote()) }

        and: 'the labelled successors clause is not quoted, so its span is a miss'
        with(result.row('Anti-Assignment', playbook)) {
            spans() == 1
            covered() == 0
        }
        result.misses().find { it.category() == 'Anti-Assignment' && it.playbook() == playbook }.reason() ==
                Miss.SPAN_CLAUSE_NOT_TYPED

        where:
        playbook << ['saas-customer', 'mutual-nda']
    }

    def "a category no position of any playbook reads is not counted"() {
        expect: 'audit rights has a clause type standing for it, but no bundled position reads that type'
        ClauseClassifier.rules().taxonomy().types().find { it.cuad() == 'Audit Rights' } != null
        result.rows().every { it.category() != 'Audit Rights' }

        and: 'only governing law and anti-assignment count, once per playbook'
        result.rows().collect { [it.category(), it.playbook()] } as Set == [['Anti-Assignment', 'mutual-nda'],
                ['Anti-Assignment', 'saas-customer'], ['Governing Law', 'mutual-nda'],
                ['Governing Law', 'saas-customer']] as Set
        result.spans() == 4
        result.covered() == 2
    }

    def "the table names each row, the share and the reason for each miss"() {
        when:
        String table = CoverageTable.markdown(result)

        then:
        table.contains('| Governing Law | governing_law | saas-customer | 1 | 1 | 1.000 |')
        table.contains('| Anti-Assignment | assignment | mutual-nda | 1 | 0 | 0.000 |')
        table.contains("| ${Miss.SPAN_CLAUSE_NOT_TYPED.description()} | 2 | 1.000 |")
    }

    private def document() {
        String name = 'handmade-services-agreement.txt'
        new DocumentReader().read(name, Files.readAllBytes(fixture.resolve(name)))
    }
}
