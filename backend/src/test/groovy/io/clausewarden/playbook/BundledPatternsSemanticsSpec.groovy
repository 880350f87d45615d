package io.clausewarden.playbook

import io.clausewarden.review.CorpusReviewSpec
import spock.lang.Requires
import spock.lang.Shared
import spock.lang.Specification

import java.nio.file.Files
import java.nio.file.Path
import java.util.regex.Pattern

/**
 * The bundled playbooks find exactly what they found before the move to RE2/J: every phrase and pattern gives the
 * same hits as the former java.util.regex matcher (reproduced here as the oracle) on every paragraph of the corpus
 * contracts and on text written to probe the differences between the engines.
 */
@Requires(value = { CorpusReviewSpec.corpus() != null }, reason = 'shared corpus not found beside the checkout')
class BundledPatternsSemanticsSpec extends Specification {
    static final List<String> PROBES = [
            'The Provider shall not be liable; the Customer\u00a0shall indemnify the Provider.',
            'Liability is capped at the fees.\r\nLiability of each party is unlimited.\u2028Entire agreement.',
            'CONFIDENTIAL INFORMATION shall be returned or destroyed; the RECIPIENT retains all rights.',
            'non-exclusive jurisdiction, exclusive-jurisdiction, exclusive jurisdiction_x, EXCLUSIVE\n\tJURISDICTION',
            'Société Générale shall indemnify; café-liability; ﬁees; KELVIN \u212a; ſecurity incident; SECURITY INCIDENT',
            'The fees will not exceed 12 months\u00a0of fees paid; liability\u000bshall not exceed the fees.',
            'The parties shall exclusively\u000bnegotiate; information is provided as\u000bis, without\u000bany warranty.',
            'Party B will, at its own expense, defend and indemnify Party A; Party A shall indemnify Party B.',
    ]

    @Shared
    List<String> texts = corpusParagraphs() + PROBES

    def "#playbook: #entry finds what java.util.regex found"() {
        given:
        def matcher = phrase ? new LanguageMatcher([entry], []) : new LanguageMatcher([], [entry])

        expect:
        texts.findAll { text -> matcher.findAll(text).hits() != oracle(text, entry, phrase) }.collect { it.take(120) } == []

        where:
        [playbook, entry, phrase] << bundledEntries()
    }

    def "the one known difference: a word boundary beside a non-ASCII letter"() {
        given: 'java.util.regex on Java 17 counts accented letters as word characters for \\b; RE2/J counts only ASCII'
        String text = 'The liabilityé of the Supplier.'

        expect:
        oracle(text, '\\bliability\\b', false) == []
        new LanguageMatcher([], ['\\bliability\\b']).findAll(text).hits()*.start() == [4]
    }

    /** The former matcher: phrases through lookaround, patterns compiled with Unicode case folding. */
    static List<LanguageMatcher.Hit> oracle(String text, String entry, boolean phrase) {
        String regex = PartyPlaceholders.has(entry) ? PartyPlaceholders.regex(entry, PartyPlaceholders.SAMPLE) : entry
        if (phrase) {
            regex = '(?<![\\w-])' + entry.strip().split('\\s+').collect { Pattern.quote(it) }.join('\\s+') + '(?![\\w-])'
        }
        def m = Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text)
        List<LanguageMatcher.Hit> hits = []
        while (m.find()) {
            if (m.end() > m.start() && !Negation.isNegated(text, m.start(), m.end(), entry)) {
                hits << new LanguageMatcher.Hit(m.start(), m.end(), entry)
            }
        }
        hits
    }

    static List<List<Object>> bundledEntries() {
        Set<List<Object>> entries = new LinkedHashSet<>()
        BundledPlaybooks.ids().each { id ->
            BundledPlaybooks.load(id).positions().each { position ->
                List<Check> checks = position.checks() + position.redLines()*.checks().flatten() + position.fallbacks()*.checks().flatten()
                checks.each { Check check ->
                    Map<String, Object> p = check.parameters()
                    ['phrases', 'subject'].each { k -> p[k]?.each { entries << [id, it, true] } }
                    ['patterns', 'subjectPatterns'].each { k -> p[k]?.each { entries << [id, it, false] } }
                }
            }
        }
        assert entries.size() > 50
        entries as List
    }

    static List<String> corpusParagraphs() {
        Path corpus = CorpusReviewSpec.corpus()
        List<Path> files = (Files.list(corpus.resolve('contracts')).toList() + Files.list(corpus.resolve('cuad-samples')).toList())
                .findAll { it.toString().endsWith('.md') || it.toString().endsWith('.txt') && !it.toString().contains('README') }
        files.collectMany { Files.readString(it).split(/\n\s*\n/) as List<String> }.findAll { it.strip().length() > 20 }
    }
}
