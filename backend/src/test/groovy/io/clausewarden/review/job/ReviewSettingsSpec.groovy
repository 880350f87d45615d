package io.clausewarden.review.job

import io.clausewarden.testing.ServerSpec
import io.micronaut.context.ApplicationContext
import io.micronaut.context.exceptions.ConfigurationException

/** A review setting that makes no sense stops the server at start-up, naming the property and its variable. */
class ReviewSettingsSpec extends ServerSpec {

    def "#key = #value stops the start with a message naming #variable"() {
        when:
        ApplicationContext.run(properties + [("clausewarden.reviews.${key}".toString()): value] as Map<String, Object>,
                'postgres').close()

        then:
        def e = thrown(Exception)
        def cause = causes(e).find { it instanceof ConfigurationException }
        cause != null
        cause.message.contains("clausewarden.reviews.${key}")
        cause.message.contains(variable)

        where:
        key              | value || variable
        'workers'        | '0'   || 'CLAUSEWARDEN_REVIEWS_WORKERS'
        'per-firm'       | '0'   || 'CLAUSEWARDEN_REVIEWS_PER_FIRM'
        'queue'          | '-1'  || 'CLAUSEWARDEN_REVIEWS_QUEUE'
        'time-budget'    | '0s'  || 'CLAUSEWARDEN_REVIEWS_TIME_BUDGET'
        'shutdown-grace' | '0s'  || 'CLAUSEWARDEN_REVIEWS_SHUTDOWN_GRACE'
    }

    private static List<Throwable> causes(Throwable e) {
        List<Throwable> all = []
        for (Throwable t = e; t != null && !all.contains(t); t = t.cause) {
            all << t
        }
        all
    }
}
