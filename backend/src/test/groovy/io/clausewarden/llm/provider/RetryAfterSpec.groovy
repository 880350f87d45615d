package io.clausewarden.llm.provider

import spock.lang.Specification

import java.time.Clock
import java.time.Duration
import java.time.Instant
import java.time.ZoneOffset

class RetryAfterSpec extends Specification {
    static final Clock CLOCK = Clock.fixed(Instant.parse('2026-03-01T12:00:00Z'), ZoneOffset.UTC)

    def "retry-after-ms '#millis' and Retry-After '#header' mean #expected"() {
        expect:
        RetryAfter.parse(millis, header, CLOCK) == Optional.ofNullable(expected)

        where:
        millis    | header                          || expected
        null      | '3'                             || Duration.ofSeconds(3)
        null      | ' 120 '                         || Duration.ofMinutes(2)
        null      | '0'                             || Duration.ZERO
        null      | 'Sun, 01 Mar 2026 12:00:30 GMT' || Duration.ofSeconds(30)
        null      | 'Sun, 01 Mar 2026 11:59:00 GMT' || Duration.ZERO
        '1500'    | '3'                             || Duration.ofMillis(1500)
        'soon'    | '3'                             || Duration.ofSeconds(3)
        null      | null                            || null
        null      | ''                              || null
        null      | 'soon'                          || null
        null      | '-5'                            || null
        '-1'      | null                            || null
    }
}
