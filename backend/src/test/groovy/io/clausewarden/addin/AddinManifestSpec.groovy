package io.clausewarden.addin

import groovy.xml.XmlSlurper
import io.clausewarden.server.PublicUrl
import io.clausewarden.testing.ManifestSchemas
import io.clausewarden.testing.RawHttps
import io.clausewarden.testing.ServerSpec
import io.micronaut.runtime.server.EmbeddedServer
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import spock.lang.Requires
import spock.lang.Shared

import java.nio.file.Files
import java.nio.file.Path

/**
 * The Word add-in manifest, committed and served, passes Microsoft's XSDs (offline, xmllint) and names the
 * server's configured public URL everywhere Office reads a URL.
 */
@MicronautTest(environments = ['postgres'], transactional = false)
@Requires(value = { ManifestSchemas.isPresent() }, reason = ManifestSchemas.ABSENT)
class AddinManifestSpec extends ServerSpec {
    static final String PUBLIC_URL = 'https://review.example-firm.test'

    @Inject
    EmbeddedServer server

    @Shared
    RawHttps raw

    @Override
    Map<String, Object> extraProperties() {
        ['clausewarden.public-url': PUBLIC_URL]
    }

    def setup() {
        raw = raw ?: new RawHttps(server.URL, ServerSpec.DATA_DIR)
    }

    static Path committed() {
        Path.of(System.getProperty('user.dir')).resolveSibling('addin-manifest').resolve('manifest.xml')
    }

    def "the committed manifest validates against Microsoft's schemas"() {
        when:
        def verdict = ManifestSchemas.validate(committed())

        then:
        verdict.valid
        verdict.messages.contains('validates')
    }

    def "the committed manifest is exactly what the builder writes for https://localhost:8443"() {
        expect:
        Files.readString(committed()) == new AddinManifest(new PublicUrl('https://localhost:8443'), Optional.empty()).xml()
    }

    def "the served manifest is anonymous XML that validates against Microsoft's schemas"() {
        when:
        def answer = raw.exchange(raw.request('/addin/manifest.xml').GET().build())
        def verdict = ManifestSchemas.validate(answer.raw)

        then:
        answer.status == 200
        answer.contentType.startsWith('application/xml')
        verdict.valid
    }

    def "the served manifest names the configured public URL for the pane, its domain, icons and help"() {
        when:
        def answer = raw.exchange(raw.request('/addin/manifest.xml').GET().build())
        def manifest = new XmlSlurper(false, false).parseText(answer.raw)
        def resources = manifest.VersionOverrides.Resources

        then:
        manifest.DefaultSettings.SourceLocation.@DefaultValue == PUBLIC_URL + '/taskpane/taskpane.html'
        manifest.AppDomains.AppDomain*.text() == [PUBLIC_URL]
        manifest.IconUrl.@DefaultValue == PUBLIC_URL + '/taskpane/assets/icon-32.png'
        manifest.HighResolutionIconUrl.@DefaultValue == PUBLIC_URL + '/taskpane/assets/icon-64.png'
        manifest.SupportUrl.@DefaultValue == PUBLIC_URL + '/taskpane/support.html'
        resources.'bt:Images'.'bt:Image'.collect { it.@DefaultValue.text() } ==
                [16, 32, 80].collect { PUBLIC_URL + "/taskpane/assets/icon-${it}.png" }
        resources.'bt:Urls'.'bt:Url'.find { it.@id == 'Taskpane.Url' }.@DefaultValue == PUBLIC_URL + '/taskpane/taskpane.html'
        !answer.raw.contains('localhost')
    }

    def "the served manifest asks for Word (Document) with WordApi 1.1 and a Home tab button that opens the pane"() {
        when:
        def manifest = new XmlSlurper(false, false).parseText(raw.exchange(raw.request('/addin/manifest.xml').GET().build()).raw)
        def host = manifest.VersionOverrides.Hosts.Host
        def button = host.DesktopFormFactor.ExtensionPoint.OfficeTab.Group.Control

        then:
        manifest.'@xsi:type' == 'TaskPaneApp'
        manifest.Hosts.Host.@Name == 'Document'
        manifest.Requirements.Sets.Set.find { it.@Name == 'WordApi' }.@MinVersion == '1.1'
        host.'@xsi:type' == 'Document'
        host.DesktopFormFactor.ExtensionPoint.OfficeTab.@id == 'TabHome'
        button.'@xsi:type' == 'Button'
        button.Action.'@xsi:type' == 'ShowTaskpane'
        button.Action.SourceLocation.@resid == 'Taskpane.Url'
    }

    def "the manifest Id is the same on every request and is the one derived from the public URL"() {
        when:
        def ids = (1..2).collect {
            new XmlSlurper(false, false).parseText(raw.exchange(raw.request('/addin/manifest.xml').GET().build()).raw).Id.text()
        }

        then:
        ids[0] == ids[1]
        UUID.fromString(ids[0]) == AddinManifest.idFor(new PublicUrl(PUBLIC_URL))
        UUID.fromString(ids[0]) != AddinManifest.idFor(new PublicUrl('https://localhost:8443'))
    }

    def "a manifest with #defect is refused by the same schema check"() {
        given:
        String broken = breakIt(Files.readString(committed()))

        when:
        def verdict = ManifestSchemas.validate(broken)

        then:
        broken != Files.readString(committed())
        !verdict.valid
        verdict.messages.contains(complaint)

        where:
        defect                            | breakIt                                                                  | complaint
        'no Id'                           | { String m -> m.replaceFirst('<Id>[^<]+</Id>\\s*', '') }               | "Expected is ( {http://schemas.microsoft.com/office/appforoffice/1.1}Id )"
        'an Id that is not a GUID'        | { String m -> m.replaceFirst('<Id>[^<]+</Id>', '<Id>clausewarden</Id>') } | "The value 'clausewarden' is not accepted"
        'an unknown ribbon element'       | { String m -> m.replace('<OfficeTab id="TabHome">', '<OfficeTab id="TabHome"><Ribbon/>') } | "Ribbon': This element is not expected"
        'a button without its action'     | { String m -> m.replaceFirst('(?s)<Action .*?</Action>', '') }        | '}Action )'
        'no host'                         | { String m -> m.replace('<Host Name="Document"/>', '') }               | '}Host )'
    }
}
