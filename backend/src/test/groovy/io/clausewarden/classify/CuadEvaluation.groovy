package io.clausewarden.classify

import groovy.transform.CompileStatic
import io.clausewarden.document.Clause
import java.nio.file.Files
import java.nio.file.Path

/**
 * Measures the classifier against the CUAD labels of the shared corpus. Each contract is segmented by the
 * document reader; a clause is labelled with a CUAD category when it carries it ({@link CuadCorpus#carries}: it
 * overlaps a labelled span by at least half of the shorter of the two); a clause is predicted as a category when the
 * classifier gives it a type mapped to that category
 * (the taxonomy's {@code cuad} field). Counts are per clause.
 *
 * Run: {@code mvn -B test -Dtest=CuadEvaluationSpec} from backend/; it writes target/classify/cuad-evaluation.md
 * (rules, rules with embeddings, and the full classifier with the trained model) and target/classify/cuad-floor-sweep.md (how the similarity floor was chosen).
 * The {@link #main} method prints the same from a plain {@code java} command line given the test classpath.
 */
@CompileStatic
class CuadEvaluation {

    /** A clause of a contract with the CUAD categories whose labelled spans it overlaps (none when not located). */
    static record LabelledClause(String contract, Clause clause, boolean located, Set<String> gold) {
    }

    /** True and false positives and false negatives of one type. */
    static class Counts {
        int tp, fp, fn

        double precision() { tp + fp == 0 ? 0d : tp / (double) (tp + fp) }

        double recall() { tp + fn == 0 ? 0d : tp / (double) (tp + fn) }

        double f1() { double p = precision(), r = recall(); p + r == 0 ? 0d : 2 * p * r / (p + r) }
    }

    /** Per type (in taxonomy order) plus micro totals. */
    static class Result {
        Map<String, Counts> byType = [:]
        Counts micro = new Counts()

        /** Mean F1 over the types whose category has at least one labelled clause in the sample. */
        double macroF1() {
            def supported = byType.values().findAll { it.tp + it.fn > 0 }
            supported ? (double) supported.sum { it.f1() } / supported.size() : 0d
        }

        double macroPrecision() {
            def supported = byType.values().findAll { it.tp + it.fn > 0 }
            supported ? (double) supported.sum { it.precision() } / supported.size() : 0d
        }

        double macroRecall() {
            def supported = byType.values().findAll { it.tp + it.fn > 0 }
            supported ? (double) supported.sum { it.recall() } / supported.size() : 0d
        }
    }

    /** The CUAD samples directory, looked for in shared/corpus of the working directory or any parent; or null. */
    static Path corpus() {
        for (Path dir = Path.of(System.getProperty('user.dir')).toAbsolutePath(); dir != null; dir = dir.parent) {
            Path candidate = dir.resolve('shared').resolve('corpus').resolve('cuad-samples')
            if (Files.isDirectory(candidate)) {
                return candidate
            }
        }
        null
    }

    /** Every clause of every labelled contract in {@code dir}, with the CUAD categories it carries ({@link CuadCorpus}). */
    static List<LabelledClause> labelledClauses(Path dir) {
        CuadCorpus.read(dir).collectMany { CuadCorpus.Contract contract ->
            contract.clauses().collect { CuadCorpus.LabelledClause c ->
                new LabelledClause(c.contract(), c.clause(), c.located(), c.categories())
            }
        }
    }

    static Result evaluate(List<LabelledClause> clauses, ClauseClassifier classifier) {
        Result result = new Result()
        classifier.taxonomy().types().findAll { it.cuad() }.each { result.byType[it.id()] = new Counts() }
        Map<String, String> cuadOf = classifier.taxonomy().types().findAll { it.cuad() }.collectEntries { [it.id(), it.cuad()] }
        for (LabelledClause labelled : clauses) {
            Set<String> predicted = classifier.classify(labelled.clause())*.type() as Set<String>
            cuadOf.each { String type, String category ->
                boolean p = type in predicted, g = category in labelled.gold()
                Counts counts = result.byType[type]
                if (p && g) { counts.tp++; result.micro.tp++ }
                if (p && !g) { counts.fp++; result.micro.fp++ }
                if (!p && g) { counts.fn++; result.micro.fn++ }
            }
        }
        result
    }

    static String report(List<LabelledClause> clauses, Map<String, Result> results, Taxonomy taxonomy) {
        def out = new StringBuilder()
        def names = results.keySet().toList()
        out << "${clauses.size()} clauses from ${clauses*.contract().unique().size()} contracts; " +
                "${clauses.count { it.gold() }} carry at least one labelled category; " +
                "${clauses.count { !it.located() }} could not be located in the text (counted as unlabelled).\n\n"
        out << '| type | CUAD category | labelled clauses | ' + names.collect { "$it P / R / F1" }.join(' | ') + ' |\n'
        out << '|---|---|---:|' + names.collect { '---' }.join('|') + '|\n'
        taxonomy.types().findAll { it.cuad() }.each { ClauseType type ->
            Counts first = results[names[0]].byType[type.id()]
            out << "| ${type.id()} | ${type.cuad()} | ${first.tp + first.fn} | " +
                    names.collect { cell(results[it].byType[type.id()]) }.join(' | ') + ' |\n'
        }
        out << '| **micro** | | | ' + names.collect { cell(results[it].micro) }.join(' | ') + ' |\n'
        out << '| **macro** (types with labels) | | | ' + names.collect { String name ->
            Result r = results[name]
            "${fmt(r.macroPrecision())} / ${fmt(r.macroRecall())} / ${fmt(r.macroF1())}"
        }.join(' | ') + ' |\n'
        out.toString()
    }

    private static String cell(Counts c) {
        c.tp + c.fp + c.fn == 0 ? '–' : "${fmt(c.precision())} / ${fmt(c.recall())} / ${fmt(c.f1())} (tp ${c.tp}, fp ${c.fp}, fn ${c.fn})"
    }

    private static String fmt(double d) {
        String.format(Locale.ROOT, '%.2f', d)
    }

    /** Rules only, rules with embeddings, and the full classifier (with the trained model), over the corpus. */
    static String run(Path dir) {
        def clauses = labelledClauses(dir)
        def taxonomy = Taxonomy.bundled()
        Map<String, Result> results = [:]
        results['rules'] = evaluate(clauses, ClauseClassifier.rules())
        results['rules+embeddings'] = evaluate(clauses, new ClauseClassifier(taxonomy,
                [new EmbeddingScorer(taxonomy) as ClauseScorer], ClauseClassifier.DEFAULT_THRESHOLD))
        results['rules+embeddings+model'] = evaluate(clauses, ClauseClassifier.withEmbeddings())
        report(clauses, results, taxonomy)
    }

    /** Micro and macro F1 of rules+embeddings for a range of similarity floors: how the floor was chosen. */
    static String sweep(Path dir) {
        def clauses = labelledClauses(dir)
        def taxonomy = Taxonomy.bundled()
        Map<String, float[]> memo = new HashMap<>()
        TextEmbedder embedder = { String text -> memo.computeIfAbsent(text) { MiniLmEmbedder.shared().embed(text) } } as TextEmbedder
        def out = new StringBuilder('| floor | micro P / R / F1 | macro F1 |\n|---:|---|---:|\n')
        for (double floor = 0.35d; floor < 0.701d; floor += 0.05d) {
            def scorer = new EmbeddingScorer(taxonomy, embedder, floor)
            Result r = evaluate(clauses, new ClauseClassifier(taxonomy, [scorer as ClauseScorer], ClauseClassifier.DEFAULT_THRESHOLD))
            out << "| ${fmt(floor)} | ${cell(r.micro)} | ${fmt(r.macroF1())} |\n"
        }
        out.toString()
    }

    /** Arguments: [--sweep] [cuad-samples directory]. */
    static void main(String[] args) {
        boolean sweeping = args.contains('--sweep')
        List<String> rest = args.findAll { it != '--sweep' }
        Path dir = rest ? Path.of(rest[0]) : corpus()
        if (dir == null) {
            System.err.println('No shared/corpus/cuad-samples directory found; pass its path as the first argument')
            System.exit(2)
        }
        println(sweeping ? sweep(dir) : run(dir))
    }
}
