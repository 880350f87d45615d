package io.clausewarden.testing

import groovy.json.JsonSlurper
import io.micronaut.http.client.exceptions.HttpClientResponseException

/** Runs a call expected to fail and returns its problem+json answer: status, content type, raw and parsed body. */
class Problems {
    static Map of(Closure call) {
        try {
            call()
            throw new AssertionError('expected an error response')
        } catch (HttpClientResponseException e) {
            String raw = e.response.getBody(String).orElse('')
            return [status     : e.status.code,
                    contentType: e.response.contentType.map { it.toString() }.orElse(null),
                    raw        : raw,
                    body       : raw ? new JsonSlurper().parseText(raw) : [:]]
        }
    }
}
