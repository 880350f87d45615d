package io.clausewarden.addin

import io.micronaut.context.exceptions.ConfigurationException
import spock.lang.Specification

/** Where the pane loads Office.js from, and what the pane's policy then allows. */
class OfficeJsSourceSpec extends Specification {
    static final String PAGE = '<head><script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script></head>'

    def "office-js-url '#configured' loads #src and allows scripts from #scripts"() {
        when:
        OfficeJs officeJs = OfficeJs.of(configured)

        then:
        officeJs.src() == src
        TaskpaneContentPolicy.forPane(officeJs).contains("; script-src ${scripts}; ")

        where:
        configured                                     | src                                              | scripts
        null                                           | OfficeJs.CDN                                     | "'self' https://appsforoffice.microsoft.com"
        '  '                                           | OfficeJs.CDN                                     | "'self' https://appsforoffice.microsoft.com"
        '/taskpane/vendor/office.js'                   | '/taskpane/vendor/office.js'                     | "'self'"
        'https://cdn.example-firm.test/office/office.js' | 'https://cdn.example-firm.test/office/office.js' | "'self' https://cdn.example-firm.test"
        'https://CDN.example-firm.test:8444/office.js' | 'https://CDN.example-firm.test:8444/office.js'   | "'self' https://cdn.example-firm.test:8444"
    }

    def "office-js-url '#configured' is refused at start-up, naming the setting"() {
        given:
        def settings = new AddinSettings(officeJsUrl: configured)

        when:
        settings.officeJs()

        then:
        def e = thrown(ConfigurationException)
        e.message.contains('clausewarden.addin.office-js-url (environment variable CLAUSEWARDEN_ADDIN_OFFICE_JS_URL)')

        where:
        configured << ['http://cdn.example-firm.test/office.js', 'office.js', '//cdn.example-firm.test/office.js',
                       '/taskpane/../application.yml', '/taskpane/vendor/office.js?v=1', 'https://cdn.example-firm.test',
                       'https://user@cdn.example-firm.test/office.js', 'javascript:alert(1)',
                       'https://cdn.example-firm.test/office.js#x', '/taskpane/office.js"><script>']
    }

    def "the page's Office.js tag is replaced by the configured copy and by nothing else"() {
        expect:
        TaskpanePage.rewrite(PAGE, OfficeJs.of('/taskpane/vendor/office.js')) == '<head><script src="/taskpane/vendor/office.js"></script></head>'
        TaskpanePage.rewrite(PAGE, OfficeJs.cdn()) == PAGE
    }

    def "a page that does not name the CDN exactly cannot take another Office.js"() {
        when:
        TaskpanePage.rewrite('<script src="office.js"></script>', OfficeJs.of('/taskpane/vendor/office.js'))

        then:
        def e = thrown(IllegalStateException)
        e.message.contains('clausewarden.addin.office-js-url')
    }

    def "a manifest id that is not a GUID is refused, naming the setting"() {
        when:
        new AddinSettings(id: 'clausewarden').fixedId()

        then:
        def e = thrown(ConfigurationException)
        e.message.contains('clausewarden.addin.id (environment variable CLAUSEWARDEN_ADDIN_ID)')
    }
}
