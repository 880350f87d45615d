package io.clausewarden.classify

import io.clausewarden.document.Clause
import java.nio.charset.StandardCharsets
import java.nio.file.Files
import java.nio.file.Path
import spock.lang.Shared
import spock.lang.Specification
import spock.lang.TempDir

class ClauseModelSpec extends Specification {

    @Shared
    @TempDir
    Path temp

    @Shared
    Path fixture

    @Shared
    List<String> progress = []

    def setupSpec() {
        fixture = LabelledFixture.write(temp.resolve('cuad'))
    }

    private static Clause clause(String text, String heading = null) {
        new Clause(0, heading, null, text, null)
    }

    private static ClauseModel model(byte[] bytes) {
        ClauseModel.read(new ByteArrayInputStream(bytes))
    }

    def "the corpus reader labels the clauses that hold a labelled segment and leaves out the metadata categories"() {
        when:
        def contracts = CuadCorpus.read(fixture)

        then:
        contracts.size() == 8
        contracts.every { it.clauses().every { it.located() } }
        CuadCorpus.categories(contracts) as List == ['Anti-Assignment', 'Governing Law']
        contracts.every { c -> c.clauses().count { 'Governing Law' in it.categories() } == 1 }
    }

    def "a clause carries a category when the overlap is at least half of the shorter of clause and segment"() {
        expect:
        CuadCorpus.carries(clauseStart, clauseEnd, segmentStart, segmentEnd) == carries

        where:
        clauseStart | clauseEnd | segmentStart | segmentEnd || carries
        0           | 100       | 20           | 40         || true   // the segment lies inside the clause
        10          | 20        | 0            | 100        || true   // the clause lies inside a long segment
        0           | 100       | 90           | 200        || false  // ten characters at the clause's edge
        0           | 100       | 40           | 120        || true   // 60 of the segment's 80 characters
        0           | 100       | 100          | 150        || false  // touching, not overlapping
    }

    def "training twice on the same contracts and seed gives a byte-identical model file"() {
        when:
        byte[] first = new TrainClauseModel(7L, { }).train(fixture)
        byte[] second = new TrainClauseModel(7L, { }).train(fixture)

        then:
        first == second
        first.length > 0
    }

    def "the model file is text that names its format, attribution and categories, and reads back to the same bytes"() {
        given:
        byte[] bytes = new TrainClauseModel(7L, { }).train(fixture)
        String text = new String(bytes, StandardCharsets.UTF_8)

        expect:
        text.contains('format ' + ClauseModel.FORMAT)
        text.contains('CUAD v1, The Atticus Project')
        model(bytes).categories()*.name() == ['Anti-Assignment', 'Governing Law']
        model(bytes).bytes() == bytes
    }

    def "a model trained on the fixture recognises a new governing-law clause and not an unrelated one"() {
        given:
        def trained = model(new TrainClauseModel(7L, { }).train(fixture))
        int law = trained.categories()*.name().indexOf('Governing Law')
        double threshold = trained.categories()[law].threshold()

        when:
        double lawClause = trained.probabilities(clause('This Agreement is governed by the laws of Oregon.'))[law]
        double meeting = trained.probabilities(clause('The contact persons meet every quarter.'))[law]

        then:
        lawClause >= threshold
        meeting < threshold
    }

    def "the trained scorer puts each category's own threshold on the classifier's threshold"() {
        expect:
        Math.abs(TrainedScorer.rescale(p, 0.2d, 0.35d) - score) < 1e-9

        where:
        p     || score
        0.0d  || 0.0d
        0.1d  || 0.175d
        0.2d  || 0.35d
        0.6d  || 0.675d
        1.0d  || 1.0d
    }

    def "the trained scorer gives the types of the taxonomy that stand for the model's categories"() {
        given:
        def categories = [new ClauseModel.Category('Governing Law', 0.0d, 0.2d), new ClauseModel.Category('Not In Taxonomy', 0.0d, 0.2d)]
        def terms = ['laws': new ClauseModel.Term(1.0d, [0, 1] as int[], [3.0d, 3.0d] as double[])]
        def scorer = new TrainedScorer(new ClauseModel([], categories, terms), Taxonomy.bundled(), 0.35d)

        when:
        Map<String, Double> scores = scorer.score(clause('laws'))

        then:
        scores.keySet() == ['governing_law'] as Set
        scores['governing_law'] > 0.35d
    }

    def "a file that is not a clause model is refused, naming what is wrong"() {
        when:
        ClauseModel.read(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)))

        then:
        IOException e = thrown()
        e.message.contains(message)

        where:
        content                                                          || message
        'hello\n'                                                        || 'no format line'
        'format clausewarden-clause-model 99\n'                          || 'Unknown clause model format'
        'format clausewarden-clause-model 1\ncategory 1 0 0.5 X\n'       || 'Bad category line 2'
        'format clausewarden-clause-model 1\ncategory 0 0 0.5 X\nterm a\t1\t3:0.5\n' || 'Unknown category 3'
    }

    def "the bundled model scores every CUAD category of the taxonomy, and nothing else"() {
        given:
        def mapped = Taxonomy.bundled().types().findAll { it.cuad() }*.cuad() as Set
        def bundled = ClauseModel.read(TrainedScorer.getResourceAsStream(TrainedScorer.BUNDLED))

        expect:
        bundled.categories()*.name() as Set == mapped
        bundled.categories().every { it.threshold() > 0 && it.threshold() < 1 }
        !(bundled.categories()*.name().any { it in CuadCorpus.METADATA })
    }
}
