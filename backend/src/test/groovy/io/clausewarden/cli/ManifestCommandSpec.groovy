package io.clausewarden.cli

import groovy.xml.XmlSlurper
import io.clausewarden.testing.ManifestSchemas
import spock.lang.Requires
import spock.lang.Specification

import java.nio.charset.StandardCharsets

/** {@code manifest --url https://host}: the manifest a server at that address serves, printed offline. */
class ManifestCommandSpec extends Specification {
    ByteArrayOutputStream out = new ByteArrayOutputStream()
    ByteArrayOutputStream err = new ByteArrayOutputStream()

    private int run(String... args) {
        out.reset()
        err.reset()
        new ManifestCommand().run(args, new PrintStream(out, true, 'UTF-8'), new PrintStream(err, true, 'UTF-8'))
    }

    private String stdout() { out.toString(StandardCharsets.UTF_8) }

    private String stderr() { err.toString(StandardCharsets.UTF_8) }

    def "it prints a manifest for the given URL and exits 0"() {
        when:
        int code = run('manifest', '--url', 'https://review.example-firm.test')
        def manifest = new XmlSlurper(false, false).parseText(stdout())

        then:
        code == ReviewCommand.OK
        stderr().isEmpty()
        manifest.DefaultSettings.SourceLocation.@DefaultValue == 'https://review.example-firm.test/taskpane/taskpane.html'
        manifest.AppDomains.AppDomain.text() == 'https://review.example-firm.test'
    }

    @Requires(value = { ManifestSchemas.isPresent() }, reason = ManifestSchemas.ABSENT)
    def "the printed manifest validates against Microsoft's schemas"() {
        when:
        run('manifest', '--url', 'https://review.example-firm.test:9443')

        then:
        ManifestSchemas.validate(stdout()).valid
    }

    def "the same URL always gives the same Id, another URL another one, and --id fixes it"() {
        when:
        String first = idOf('--url', 'https://review.example-firm.test')
        String again = idOf('--url', 'https://REVIEW.example-firm.test/')
        String other = idOf('--url', 'https://other.example-firm.test')
        String fixed = idOf('--url', 'https://other.example-firm.test', '--id', '0f3e5c1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b')

        then:
        first == again
        first != other
        UUID.fromString(first).version() == 5
        fixed == '0f3e5c1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b'
    }

    def "#args is refused with exit 2 and says why"() {
        when:
        int code = run(args as String[])

        then:
        code == ReviewCommand.USAGE
        stdout().isEmpty()
        stderr().contains(message)
        stderr().contains('Usage: manifest --url')

        where:
        args                                                              | message
        ['manifest']                                                      | 'Missing --url'
        ['manifest', '--url']                                             | '--url needs a value'
        ['manifest', '--url', 'http://review.example-firm.test']          | 'must use https'
        ['manifest', '--url', 'https://review.example-firm.test/app']     | 'no path'
        ['manifest', '--url', 'https://review.example-firm.test', '--id', 'x'] | '--id must be a GUID'
        ['manifest', '--url', 'https://review.example-firm.test', '--out', 'f'] | 'Unexpected argument: --out'
    }

    private String idOf(String... args) {
        assert run((['manifest'] + args.toList()) as String[]) == ReviewCommand.OK
        new XmlSlurper(false, false).parseText(stdout()).Id.text()
    }
}
