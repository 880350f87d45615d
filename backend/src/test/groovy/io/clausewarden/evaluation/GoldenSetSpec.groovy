package io.clausewarden.evaluation

import groovy.json.JsonSlurper
import io.clausewarden.cli.EvaluateCommand
import io.clausewarden.testing.SharedInputs
import io.clausewarden.testing.StandInProvider
import spock.lang.AutoCleanup
import spock.lang.Requires
import spock.lang.Shared
import spock.lang.Specification
import spock.lang.Stepwise

import java.nio.charset.StandardCharsets
import java.nio.file.Files
import java.nio.file.Path

/**
 * The engine scored against a lawyer's answer keys for shared-corpus contracts ({@code shared/golden}), through the
 * {@code evaluate} command, rules only and with a model stand-in configured. Prints the figures and writes them to
 * {@code target/quality/}. Skipped when the keys are not beside the checkout.
 *
 * The floors are the figures reached so far (docs/quality.md), so a regression fails; the targets are higher.
 */
@Stepwise
@Requires(value = { SharedInputs.find('golden') != null && SharedInputs.find('corpus') != null },
        reason = 'answer keys not found: no shared/golden and shared/corpus directories in any parent of the working directory')
class GoldenSetSpec extends Specification {
    static final Map<String, Double> OUTCOME_FLOOR = [rules: 0.92d, model: 0.92d]
    static final Map<String, Double> ANCHOR_FLOOR = [rules: 0.81d, model: 0.81d]

    @Shared
    @AutoCleanup
    StandInProvider provider = new StandInProvider()

    static Map evaluate(String label) {
        def out = new ByteArrayOutputStream()
        def err = new ByteArrayOutputStream()
        def command = new EvaluateCommand()
        def golden = SharedInputs.find('golden').toString()
        def corpus = SharedInputs.find('corpus').toString()
        int code = command.run(['evaluate', golden, '--corpus', corpus, '--format', 'json'] as String[],
                new PrintStream(out, true, 'UTF-8'), new PrintStream(err, true, 'UTF-8'))
        assert code == 0: err.toString(StandardCharsets.UTF_8)
        def text = new ByteArrayOutputStream()
        command.run(['evaluate', golden, '--corpus', corpus] as String[], new PrintStream(text, true, 'UTF-8'),
                new PrintStream(new ByteArrayOutputStream(), true, 'UTF-8'))
        String figures = text.toString(StandardCharsets.UTF_8)
        println "Answer keys, $label:\n$figures"
        Path dir = Path.of('target', 'quality')
        Files.createDirectories(dir)
        Files.writeString(dir.resolve("golden-${label}.txt"), figures)
        new JsonSlurper().parseText(out.toString(StandardCharsets.UTF_8)) as Map
    }

    /** Each touch as "document: type removes 'words'", so a failure says what was damaged. */
    static List<String> touched(Map score) {
        score.keys.collectMany { Map key -> key.touches.collect { "${key.document}: ${it.clauseType} removes '${it.overlapped}'".toString() } }
    }

    def "rules only: no suggested edit deletes or weakens a protected passage"() {
        when:
        Map score = evaluate('rules')
        double outcomes = score.outcomeAccuracy
        double anchors = score.anchorRate

        then:
        touched(score) == []
        outcomes >= OUTCOME_FLOOR.rules
        anchors >= ANCHOR_FLOOR.rules
    }

    def "with a model configured: no protected passage is touched and the figures hold"() {
        given:
        provider.reset()
        System.setProperty('clausewarden.llm.provider', 'openai')
        System.setProperty('clausewarden.llm.base-url', provider.baseUrl('openai'))
        System.setProperty('clausewarden.llm.model', 'stand-in-model')

        when:
        Map score = evaluate('model')
        double outcomes = score.outcomeAccuracy
        double anchors = score.anchorRate

        then:
        provider.callCount() > 0
        touched(score) == []
        outcomes >= OUTCOME_FLOOR.model
        anchors >= ANCHOR_FLOOR.model

        cleanup:
        ['provider', 'base-url', 'model'].each { System.clearProperty("clausewarden.llm.${it}") }
    }
}
