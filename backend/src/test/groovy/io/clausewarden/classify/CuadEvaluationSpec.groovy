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
        clauses.every { it.located() }
        clauses.count { it.gold() } > 20
    }

    def "the report compares rules, rules plus embeddings and the full classifier, and is written to target/classify"() {
        when:
        String report = CuadEvaluation.run(CuadEvaluation.corpus())
        write('cuad-evaluation.md', report)

        then:
        report.contains('rules P / R / F1') && report.contains('rules+embeddings P / R / F1')
        report.contains('rules+embeddings+model P / R / F1')
        report.contains('**micro**') && report.contains('**macro**')
    }

    def "the floor sweep reports rules with embeddings at each similarity floor and is written to target/classify"() {
        when:
        String sweep = CuadEvaluation.sweep(CuadEvaluation.corpus())
        write('cuad-floor-sweep.md', sweep)

        then:
        sweep.readLines().count { it ==~ /\| 0\.\d\d \|.*/ } == 8
    }

    private static void write(String name, String report) {
        Path file = Path.of('target', 'classify', name)
        Files.createDirectories(file.parent)
        Files.writeString(file, report)
    }
}
