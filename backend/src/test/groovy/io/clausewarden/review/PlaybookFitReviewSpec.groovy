package io.clausewarden.review

import com.fasterxml.jackson.databind.ObjectMapper
import io.clausewarden.classify.ClauseClassifier
import io.clausewarden.cli.ReviewCommand
import io.clausewarden.contracttype.ContractFixtures
import io.clausewarden.document.Clause
import io.clausewarden.llm.JudgementSession
import io.clausewarden.playbook.BundledPlaybooks
import java.nio.charset.StandardCharsets
import java.nio.file.Files
import java.nio.file.Path
import spock.lang.Shared
import spock.lang.Specification
import spock.lang.TempDir

class PlaybookFitReviewSpec extends Specification {
    @Shared
    ReviewEngine engine = new ReviewEngine(ClauseClassifier.rules())
    @Shared
    def bundled = BundledPlaybooks.ids().collect { BundledPlaybooks.load(it) }
    @TempDir
    Path dir

    private ReviewReport review(String kind, String playbookId) {
        engine.review('r1', BundledPlaybooks.load(playbookId), ContractFixtures.clauses(kind), ReviewListener.NONE,
                JudgementSession.off(), bundled)
    }

    def "a courier agreement reviewed with the SaaS playbook is reported as not fitting it"() {
        when:
        def report = review('supply', 'saas-customer')

        then:
        report.contract().type() == 'supply'
        !report.fit().fits()
        report.fit().playbookTypes() == ['saas', 'hosting']
        report.fit().message().startsWith("This looks like a supply agreement; the playbook 'SaaS / cloud services, customer side'")
    }

    def "an NDA reviewed with the SaaS playbook names the NDA playbook"() {
        when:
        def report = review('nda', 'saas-customer')

        then:
        !report.fit().fits()
        report.fit().suggestion().playbookId() == 'mutual-nda'
        report.fit().message().endsWith("Consider 'Mutual NDA'.")
    }

    def "an NDA reviewed with the mutual NDA playbook fits"() {
        when:
        def report = review('nda', 'mutual-nda')

        then:
        report.contract().type() == 'nda'
        report.fit().fits()
        report.fit().suggestion() == null
    }

    def "a document of no known kind fits whatever the playbook, and the message says so"() {
        when:
        def report = review('other', 'mutual-nda')

        then:
        report.fit().fits()
        report.fit().message().contains('not recognised')
    }

    def "the contract and fit survive a JSON round trip, and a report stored without them still reads"() {
        given:
        def json = new ObjectMapper().findAndRegisterModules()
        def report = review('supply', 'saas-customer')

        when:
        def tree = json.readTree(json.writeValueAsBytes(report))
        def again = json.readValue(json.writeValueAsBytes(report), ReviewReport)
        def old = json.readValue('{"id":"x","playbook":{"id":"p","version":1},"clauses":[],"findings":[]}', ReviewReport)

        then:
        tree.get('contract').get('type').asText() == 'supply'
        tree.get('contract').get('evidence').size() > 0
        !tree.get('fit').get('fits').asBoolean()
        again.fit() == report.fit()
        again.contract() == report.contract()
        old.contract() == null && old.fit() == null
    }

    def "the text report warns when the playbook does not fit"() {
        given:
        Path file = dir.resolve('courier.md')
        Files.writeString(file, ContractFixtures.TEXTS['supply'].join('\n\n'))
        def out = new ByteArrayOutputStream()

        when:
        int code = new ReviewCommand().run(['review', file.toString(), '--playbook', 'saas-customer', '--format', 'text'] as String[],
                new PrintStream(out, true, 'UTF-8'), new PrintStream(new ByteArrayOutputStream(), true, 'UTF-8'))
        def text = out.toString(StandardCharsets.UTF_8)

        then:
        code == 0
        text.contains('Contract: supply (confidence ')
        text.contains("WARNING, playbook does not fit: This looks like a supply agreement")
    }

    def "the text report states the contract type when the playbook fits, and a report stored without it renders as before"() {
        given:
        def renderer = new TextReportRenderer()
        def clauses = ContractFixtures.clauses('nda').collect { new Clause(it.index(), 'Terms', null, it.text(), null) }
        def fitting = engine.review('r2', BundledPlaybooks.load('mutual-nda'), clauses, ReviewListener.NONE,
                JudgementSession.off(), bundled)
        def stored = new ReviewReport('old', fitting.playbook(), fitting.clauses(), fitting.findings())

        expect:
        renderer.render(fitting).contains("Contract: nda (confidence 1.00) from \"NON-DISCLOSURE AGREEMENT\"")
        renderer.render(fitting).contains("Fit: This looks like a non-disclosure agreement, which the playbook 'Mutual NDA' is written for.")
        !renderer.render(stored).contains('Contract:')
        !renderer.render(stored).contains('Fit:')
    }
}
