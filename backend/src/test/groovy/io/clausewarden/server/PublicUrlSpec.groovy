package io.clausewarden.server

import io.micronaut.context.exceptions.ConfigurationException
import spock.lang.Specification

/** {@code clausewarden.public-url}: https, a host and perhaps a port; nothing else. */
class PublicUrlSpec extends Specification {

    def "'#configured' is the origin #origin"() {
        expect:
        new PublicUrl(configured).origin() == origin

        where:
        configured                              | origin
        'https://review.example-firm.test'      | 'https://review.example-firm.test'
        'https://review.example-firm.test/'     | 'https://review.example-firm.test'
        'HTTPS://Review.Example-Firm.test:8443' | 'https://review.example-firm.test:8443'
        'https://review.example-firm.test:443'  | 'https://review.example-firm.test'
        ' https://localhost:8443 '              | 'https://localhost:8443'
    }

    def "'#configured' is refused at start-up, naming the setting and its environment variable"() {
        when:
        new ServerPublicUrl(new ServerPublicUrl.Settings(publicUrl: configured), null)

        then:
        def e = thrown(ConfigurationException)
        e.message.startsWith('clausewarden.public-url (environment variable CLAUSEWARDEN_PUBLIC_URL) ')

        where:
        configured << ['http://review.example-firm.test', 'review.example-firm.test', 'https://review.example-firm.test/clausewarden',
                       'https://review.example-firm.test?x=1', 'https://review.example-firm.test#top',
                       'https://admin@review.example-firm.test', 'ftp://review.example-firm.test', 'https://', 'https://host:0']
    }

    def "a blank setting means this server on localhost"() {
        expect:
        new ServerPublicUrl(new ServerPublicUrl.Settings(publicUrl: configured), null) != null

        where:
        configured << [null, '', '  ']
    }
}
