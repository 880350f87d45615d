package io.clausewarden.classify

import io.clausewarden.document.Clause
import java.nio.charset.StandardCharsets
import java.nio.file.Path
import java.util.concurrent.Callable
import java.util.concurrent.Executors
import java.util.concurrent.atomic.AtomicInteger
import spock.lang.Shared
import spock.lang.Specification

class EmbeddingScorerSpec extends Specification {

    @Shared
    ClauseClassifier rules = ClauseClassifier.rules()
    @Shared
    ClauseClassifier embeddings = ClauseClassifier.withEmbeddings()

    private static Clause clause(String text, String heading = null) {
        new Clause(0, heading, null, text, null)
    }

    /** A one-type taxonomy whose exemplar embeds to (1, 0). */
    private static Taxonomy oneType() {
        Taxonomy.read(new ByteArrayInputStream('''
            version: 1
            types:
              - id: publicity
                label: Publicity
                headings: [publicity]
                exemplars: [exemplar]
            '''.stripIndent().getBytes(StandardCharsets.UTF_8)))
    }

    /** Embeds "exemplar" to (1, 0) and any other text to the unit vector at the given cosine to it. */
    private static TextEmbedder embedderAt(double cosine) {
        { String text -> text == 'exemplar' ? [1f, 0f] as float[] : [cosine as float, Math.sqrt(1 - cosine * cosine) as float] as float[] } as TextEmbedder
    }

    def "a paraphrased #type clause without its keywords is found by meaning"() {
        given:
        def c = clause(text)

        expect: 'the rules miss it'
        !(type in rules.classify(c)*.type())

        and: 'rules with embeddings find it'
        type in embeddings.classify(c)*.type()

        where:
        type                 | text
        'indemnification'    | 'The vendor will step in and pay for the customer\'s legal costs and any damages if an outsider sues the customer over the product.'
        'entire_agreement'   | 'This document replaces every earlier proposal, letter and conversation between the parties on its subject.'
        'insurance'          | 'The supplier will keep cover against public liability claims of at least two million dollars throughout the term.'
        'source_code_escrow' | 'The software vendor will lodge a copy of the program\'s human-readable code with a neutral custodian.'
    }

    def "the sample of #type is among the three types its text is most similar to"() {
        given:
        def scorer = new EmbeddingScorer(Taxonomy.bundled())

        when:
        def ranked = scorer.similarities(clause(text)).entrySet().sort { -it.value }*.key

        then:
        type in ranked.take(3)

        where: 'definitions are recognised by their form ("X" means ...), not by what they are about, so only the rules find them'
        [type, text] << ClauseClassifierSpec.SAMPLES.findAll { it[0] != 'definitions' }
    }

    def "similarity #cosine gives score #expected: nothing up to the floor, then rising to the maximum"() {
        given:
        def scorer = new EmbeddingScorer(oneType(), embedderAt(cosine), EmbeddingScorer.FLOOR)

        when:
        double score = scorer.score(clause('a clause')).getOrDefault('publicity', 0d)

        then:
        Math.abs(score - expected) < 1e-6

        where:
        cosine                       || expected
        0.2d                         || 0d
        EmbeddingScorer.FLOOR        || 0d
        (EmbeddingScorer.FLOOR + EmbeddingScorer.FULL) / 2 || EmbeddingScorer.MAX_SCORE / 2
        EmbeddingScorer.FULL         || EmbeddingScorer.MAX_SCORE
        0.99d                        || EmbeddingScorer.MAX_SCORE
    }

    def "text seen before is not embedded again"() {
        given:
        def calls = new AtomicInteger()
        def counting = { String text -> calls.incrementAndGet(); [1f, 0f] as float[] } as TextEmbedder
        def scorer = new EmbeddingScorer(oneType(), counting, EmbeddingScorer.FLOOR)
        int afterExemplars = calls.get()

        when:
        3.times { scorer.score(clause('The same words each time.')) }

        then:
        calls.get() - afterExemplars == 1
    }

    def "a long clause is embedded whole and sentence by sentence, each cut to the model's window"() {
        given:
        def sentence = 'The supplier will keep every record of the work for seven years after delivery. '
        def c = clause(sentence * 30, 'Records')

        when:
        def inputs = EmbeddingScorer.inputs(c)

        then:
        inputs.size() == 1 + EmbeddingScorer.MAX_SENTENCES
        inputs.every { it.startsWith('Records. ') && it.length() <= EmbeddingScorer.MAX_CHARS }
    }

    def "the same clause gives the same types and confidences, across threads and fresh scorers"() {
        given:
        def c = clause('The vendor will pay for the customer\'s defence if a third party sues over the software.', 'Protection')
        def fresh = ClauseClassifier.withEmbeddings(Taxonomy.bundled())
        def pool = Executors.newFixedThreadPool(4)

        when:
        def results = pool.invokeAll((1..8).collect { { -> embeddings.classify(c) } as Callable }).collect { it.get() }

        then:
        results.every { it == embeddings.classify(c) }
        fresh.classify(c) == embeddings.classify(c)

        cleanup:
        pool.shutdownNow()
    }

    def "the model ships in a jar and loads and runs in a fresh JVM without asking for any connection"() {
        given:
        def java = Path.of(System.getProperty('java.home'), 'bin', 'java').toString()
        def tmp = System.getProperty('java.io.tmpdir')
        def process = new ProcessBuilder(java, "-Djava.io.tmpdir=$tmp", '-cp', System.getProperty('java.class.path'),
                OfflineProbe.name).redirectErrorStream(true).start()

        when:
        def output = process.inputStream.getText('UTF-8')

        then:
        process.waitFor() == 0
        output.contains('connections: 0')
        output.readLines().find { it.startsWith('types: ') }.contains('termination')
        getClass().getResource('/all-minilm-l6-v2-q.onnx').protocol == 'jar'
    }
}
