package io.clausewarden.transport

import spock.lang.Requires
import spock.lang.Specification
import spock.lang.TempDir

import java.nio.file.Files
import java.nio.file.Path
import java.security.KeyStore
import java.security.cert.CertPathValidator
import java.security.cert.CertPathValidatorException
import java.security.cert.CertificateFactory
import java.security.cert.PKIXParameters
import java.security.cert.TrustAnchor
import java.security.cert.X509Certificate
import java.time.Duration
import java.time.Instant

/**
 * The development CA can certify the loopback names only, keeps its key apart from anything TLS
 * serves, and issues short-lived server certificates.
 */
class DevCertificateAuthoritySpec extends Specification {
    @TempDir
    Path dataDir

    DevCertificates.Material material
    DevCertificates.Authority ca

    def setup() {
        Files.createDirectories(dataDir.resolve('tls'))
        Files.createDirectories(dataDir.resolve('keys'))
        material = DevCertificates.ensure(dataDir.resolve('tls'), dataDir.resolve('keys'))
        ca = DevCertificates.load(material.caKeyStore(), material.caPasswordFile())
    }

    def "a certificate for #names chains to the trusted root: #outcome (Java's PKIX validator)"() {
        given:
        X509Certificate leaf = DevCertificates.serverCertificate(ca, DevCertificates.newKeyPair().public, Duration.ofDays(1),
                dns as String[], ips as String[])

        expect:
        pkixAccepts(leaf) == accepted

        where:
        dns                          | ips                 | accepted
        ['localhost']                | ['127.0.0.1', '::1'] | true
        []                           | ['127.0.0.2']        | true
        ['clausewarden.firm.example'] | []                  | false
        ['login.microsoftonline.com'] | []                  | false
        ['localhost.evil.example']   | []                   | false
        []                           | ['192.0.2.2']        | false
        []                           | ['10.0.0.1']         | false
        names = dns + ips
        outcome = accepted ? 'accepted' : 'refused'
    }

    @Requires({ new File('/usr/bin/openssl').canExecute() })
    def "OpenSSL, an independent verifier, refuses a certificate the CA signs for another host"() {
        given:
        X509Certificate other = DevCertificates.serverCertificate(ca, DevCertificates.newKeyPair().public, Duration.ofDays(1),
                ['bank.example'] as String[], [] as String[])
        X509Certificate own = DevCertificates.serverCertificate(ca, DevCertificates.newKeyPair().public, Duration.ofDays(1),
                ['localhost'] as String[], ['127.0.0.1'] as String[])

        expect:
        openssl(own).exitValue == 0
        with(openssl(other)) {
            exitValue != 0
            output.contains('permitted subtree violation')
        }
    }

    def "the issuing CA may not sign other CAs; both it and the root are name-constrained and live two years"() {
        expect:
        ca.certificate().basicConstraints == 0
        ca.root().basicConstraints == 1
        [ca.certificate(), ca.root()].every {
            it.notAfter.toInstant().isBefore(Instant.now().plus(Duration.ofDays(731))) && it.criticalExtensionOIDs.contains('2.5.29.30')
        }
        ca.certificate().issuerX500Principal == ca.root().subjectX500Principal
    }

    def "the trusted root's private key is kept nowhere"() {
        when:
        KeyStore caStore = KeyStore.getInstance('PKCS12')
        char[] password = material.caPasswordFile().toFile().text.trim().toCharArray()
        material.caKeyStore().toFile().withInputStream { caStore.load(it, password) }
        def keyOfStoredEntry = caStore.getKey('ca', password)

        then: 'the one private key stored is the issuing CA\'s'
        caStore.aliases().toList() == ['ca']
        keyOfStoredEntry != null
        ca.certificate().publicKey != ca.root().publicKey
        dataDir.toFile().listFiles().collectMany { it.isDirectory() ? it.listFiles().toList() : [it] }
                .findAll { it.name.endsWith('.p12') }*.name.sort() == ['dev-ca.p12', 'truststore.p12']
    }

    def "the CA's private key is kept in keys/, and nothing under tls/ holds a private key"() {
        when:
        List<Path> tlsFiles = Files.list(dataDir.resolve('tls')).toList()

        then:
        tlsFiles*.fileName*.toString().sort() == ['ca.pem', 'keystore.password', 'truststore.p12']
        privateKeyAliases(dataDir.resolve('tls/truststore.p12'), material.trustStorePassword()).isEmpty()
        !dataDir.resolve('tls/ca.pem').toFile().text.contains('PRIVATE KEY')
        privateKeyAliases(material.caKeyStore(), material.caPasswordFile().toFile().text.trim()) == ['ca']
    }

    def "a key store from an earlier version, which held the CA key, is removed and a new CA is made"() {
        given: 'the layout earlier versions wrote: an unconstrained CA whose key sat in tls/server.p12'
        Path legacy = dataDir.resolve('tls/server.p12')
        Files.write(legacy, 'old key store with the CA key'.bytes)
        Files.delete(material.caKeyStore())
        String oldCa = dataDir.resolve('tls/ca.pem').toFile().text

        when:
        DevCertificates.Material again = DevCertificates.ensure(dataDir.resolve('tls'), dataDir.resolve('keys'))

        then:
        !Files.exists(legacy)
        again.newAuthority()
        dataDir.resolve('tls/ca.pem').toFile().text != oldCa
    }

    def "a restart keeps a CA that is far from its end"() {
        when:
        DevCertificates.Material again = DevCertificates.ensure(dataDir.resolve('tls'), dataDir.resolve('keys'))

        then:
        !again.newAuthority()
        DevCertificates.load(again.caKeyStore(), again.caPasswordFile()).certificate() == ca.certificate()
    }

    def "server certificates live #validity and are reissued once #percent% of that is left"() {
        given:
        DevTlsSettings settings = new DevTlsSettings(caKeyStore: material.caKeyStore().toString(),
                caPasswordFile: material.caPasswordFile().toString(), serverCertificateValidity: validity, renewalPercent: percent)
        DevServerCertificates certificates = new DevServerCertificates(settings, java.time.Clock.systemUTC(), 'in-memory')
        Instant notAfter = certificates.current().notAfter.toInstant()

        expect:
        Duration.between(Instant.now(), notAfter) <= validity
        !certificates.due(Instant.now())
        !certificates.due(notAfter.minus(validity.multipliedBy(percent).dividedBy(100)).minusSeconds(60))
        certificates.due(notAfter.minus(validity.multipliedBy(percent).dividedBy(100)).plusSeconds(60))

        where:
        validity             | percent
        Duration.ofDays(7)   | 50
        Duration.ofHours(24) | 25
    }

    private boolean pkixAccepts(X509Certificate leaf) {
        def path = CertificateFactory.getInstance('X.509').generateCertPath([leaf, ca.certificate()])
        def parameters = new PKIXParameters([new TrustAnchor(ca.root(), null)] as Set)
        parameters.revocationEnabled = false
        try {
            CertPathValidator.getInstance('PKIX').validate(path, parameters)
            true
        } catch (CertPathValidatorException ignored) {
            false
        }
    }

    private Map openssl(X509Certificate leaf) {
        Path leafPem = pemFile(leaf, 'leaf')
        Path issuingPem = pemFile(ca.certificate(), 'issuing')
        Process process = new ProcessBuilder('/usr/bin/openssl', 'verify', '-CAfile', material.caPem().toString(),
                '-untrusted', issuingPem.toString(), leafPem.toString())
                .redirectErrorStream(true).start()
        String output = process.inputStream.text
        process.waitFor()
        [exitValue: process.exitValue(), output: output]
    }

    private Path pemFile(X509Certificate certificate, String name) {
        Path file = Files.createTempFile(dataDir, name, '.pem')
        file.toFile().text = "-----BEGIN CERTIFICATE-----\n${Base64.mimeEncoder.encodeToString(certificate.encoded)}\n-----END CERTIFICATE-----\n"
        file
    }

    private static List<String> privateKeyAliases(Path store, String password) {
        KeyStore keyStore = KeyStore.getInstance('PKCS12')
        store.toFile().withInputStream { keyStore.load(it, password.toCharArray()) }
        keyStore.aliases().toList().findAll { keyStore.isKeyEntry(it) }
    }
}
