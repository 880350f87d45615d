package io.clausewarden.classify

import java.nio.file.Files
import java.nio.file.Path
import spock.lang.Requires
import spock.lang.Shared
import spock.lang.Specification

/** Runs the CUAD evaluation and writes its report; skipped when the shared corpus is not beside the checkout. */
@Requires(value = { CuadEvaluation.corpus() != null },
        reason = 'shared corpus not found: no shared/corpus/cuad-samples directory in any parent of the working directory')
class CuadEvaluationSpec extends Specification {

    @Shared
    List<CuadEvaluation.LabelledClause> clauses = CuadEvaluation.labelledClauses(CuadEvaluation.corpus())

    def "every clause of the CUAD samples is found in its contract, and the labelled spans are covered"() {
        expect:
        clauses*.contract().unique().size() == 3
        clauses.size() > 100
        clauses.count { it.gold() } > 20
    }

    def "the report compares rules with rules plus embeddings and is written to target/classify"() {
        when:
        String report = CuadEvaluation.run(CuadEvaluation.corpus())
        Path file = Path.of('target', 'classify', 'cuad-evaluation.md')
        Files.createDirectories(file.parent)
        Files.writeString(file, report)

        then:
        report.contains('rules P / R / F1') && report.contains('rules+embeddings P / R / F1')
        report.contains('**micro**') && report.contains('**macro**')
    }
}
