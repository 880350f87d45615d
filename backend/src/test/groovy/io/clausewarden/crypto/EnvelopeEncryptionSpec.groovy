package io.clausewarden.crypto

import io.clausewarden.tenant.TenantId
import spock.lang.Specification
import spock.lang.TempDir

import java.nio.charset.StandardCharsets
import java.nio.file.Path

class EnvelopeEncryptionSpec extends Specification {
    @TempDir
    Path dir

    Map<TenantId, WrappedKey> stored = [:]
    TenantKeyStore store = new TenantKeyStore() {
        Optional<WrappedKey> find(TenantId tenant) { Optional.ofNullable(stored[tenant]) }

        void save(TenantId tenant, WrappedKey key) { stored[tenant] = key }
    }
    TenantId firm = TenantId.random()
    TenantId otherFirm = TenantId.random()
    byte[] clause = 'Liability is unlimited.'.getBytes(StandardCharsets.UTF_8)

    private EnvelopeEncryption encryption() {
        def encryption = new EnvelopeEncryption(LocalKeyring.openOrCreate(dir.resolve(LocalKeyring.FILE_NAME)), store)
        [firm, otherFirm].each { if (!stored.containsKey(it)) encryption.createDataKey(it) }
        encryption
    }

    def "content round-trips and the ciphertext does not contain it"() {
        given:
        def encryption = encryption()
        def ref = new ContentRef('reviews', 'r1')

        when:
        byte[] sealed = encryption.encrypt(firm, ref, clause)

        then:
        !new String(sealed, StandardCharsets.ISO_8859_1).contains('unlimited')
        encryption.decrypt(firm, ref, sealed) == clause
    }

    def "a ciphertext moved to #where does not decrypt"() {
        given:
        def encryption = encryption()
        byte[] sealed = encryption.encrypt(firm, new ContentRef('reviews', 'r1'), clause)

        when:
        encryption.decrypt(tenant == 'other' ? otherFirm : firm, new ContentRef(table, row), sealed)

        then:
        thrown(CryptoException)

        where:
        where             | tenant  | table      | row
        'another tenant'  | 'other' | 'reviews'  | 'r1'
        'another table'   | 'same'  | 'findings' | 'r1'
        'another row'     | 'same'  | 'reviews'  | 'r2'
    }

    def "tenant data keys are stored only wrapped, and each tenant has its own"() {
        given:
        encryption()

        expect:
        stored[firm].ciphertext() != stored[otherFirm].ciphertext()
        stored[firm].kekId().startsWith('local:')
        !new String(stored[firm].ciphertext(), StandardCharsets.ISO_8859_1).contains('AesGcmKey')
    }

    def "a fresh process with the same keyring file and stored keys reads old content"() {
        given:
        byte[] sealed = encryption().encrypt(firm, new ContentRef('reviews', 'r1'), clause)

        when: 'a new instance unwraps the stored data key with the keyring from disk'
        def restarted = new EnvelopeEncryption(LocalKeyring.openOrCreate(dir.resolve(LocalKeyring.FILE_NAME)), store)

        then:
        restarted.decrypt(firm, new ContentRef('reviews', 'r1'), sealed) == clause
    }

    def "without the keyring that wrapped them, stored keys are useless"() {
        given:
        byte[] sealed = encryption().encrypt(firm, new ContentRef('reviews', 'r1'), clause)
        def otherKeyring = LocalKeyring.openOrCreate(dir.resolve('another-keyring.json'))

        when:
        new EnvelopeEncryption(otherKeyring, store).decrypt(firm, new ContentRef('reviews', 'r1'), sealed)

        then:
        thrown(CryptoException)
    }
}
