package io.clausewarden.identity

import spock.lang.Shared
import spock.lang.Specification

class PasswordHasherSpec extends Specification {
    @Shared
    PasswordHasher hasher = PasswordHasher.recommended()

    def "a hash is an Argon2id PHC string with the recommended parameters"() {
        expect:
        hasher.hash('s3cret passphrase').startsWith('$argon2id$v=19$m=19456,t=2,p=1$')
    }

    def "the same password hashes differently each time (random salt)"() {
        expect:
        hasher.hash('same') != hasher.hash('same')
    }

    def "verification accepts the password and rejects #what"() {
        given:
        String phc = hasher.hash('correct horse')

        expect:
        hasher.verify('correct horse', phc)
        !hasher.verify(candidate, stored(phc))

        where:
        what                   | candidate        | stored
        'another password'     | 'correct horsf'  | { String p -> p }
        'an empty password'    | ''               | { String p -> p }
        'a tampered hash'      | 'correct horse'  | { String p -> p[0..-3] + (p[-2] == 'A' ? 'B' : 'A') + p[-1] }
        'a non-PHC value'      | 'correct horse'  | { String p -> 'plaintext' }
        'an Argon2i hash'      | 'correct horse'  | { String p -> p.replace('argon2id', 'argon2i') }
    }

    def "a hash made by the reference Argon2 implementation verifies"() {
        given: 'made with the reference argon2 command: salt "clausewardensalt", -id -t 2 -k 19456 -p 1 -l 32'
        String reference = '$argon2id$v=19$m=19456,t=2,p=1$Y2xhdXNld2FyZGVuc2FsdA$pteK284TSf74WGWSq6otD0+2yPQWm3rsA7/CwBOlNpw'

        expect:
        hasher.verify('vector', reference)
        !hasher.verify('vectors', reference)
    }

    def "parameters below the minimum are refused"() {
        when:
        new PasswordHasher(memory, iterations, 1)

        then:
        thrown(IllegalArgumentException)

        where:
        memory | iterations
        8192   | 3
        19456  | 1
    }

    def "weaker stored parameters are flagged for re-hashing"() {
        expect:
        hasher.needsRehash('$argon2id$v=19$m=4096,t=3,p=1$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNoaGFzaA')
        !hasher.needsRehash(hasher.hash('x'))
    }
}
