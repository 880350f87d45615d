package io.clausewarden.review.job

import spock.lang.Specification

import static io.clausewarden.review.job.FairQueue.Admission.*

/** The review queue: firms take turns, each firm's work keeps its order, and both caps refuse rather than wait. */
class FairQueueSpec extends Specification {

    def "firms take turns whatever order their work arrived in: #arrivals is served as #served"() {
        given:
        def queue = new FairQueue<String, String>(10, 100)
        arrivals.each { String item ->
            String firm = item[0]
            assert queue.admit(firm) == ADMITTED
            queue.enqueue(firm, item)
        }

        expect:
        (1..arrivals.size()).collect { queue.take().item() } == served

        where:
        arrivals                               || served
        ['A1', 'A2', 'A3', 'B1']               || ['A1', 'B1', 'A2', 'A3']
        ['A1', 'A2', 'A3', 'A4', 'B1', 'C1']   || ['A1', 'B1', 'C1', 'A2', 'A3', 'A4']
        ['A1', 'B1', 'B2', 'A2', 'C1', 'B3']   || ['A1', 'B1', 'C1', 'A2', 'B2', 'B3']
    }

    def "a firm holds at most its share waiting or running; a finished item frees its place"() {
        given:
        def queue = new FairQueue<String, String>(2, 100)

        expect:
        queue.admit('A') == ADMITTED
        queue.enqueue('A', 'A1')
        queue.admit('A') == ADMITTED
        queue.enqueue('A', 'A2')
        queue.admit('A') == OWNER_FULL
        queue.admit('B') == ADMITTED

        when: 'one of A1, A2 is taken and runs'
        def taken = queue.take()

        then: 'running still counts against the share'
        queue.admit('A') == OWNER_FULL

        when:
        queue.finished(taken.owner())

        then:
        queue.admit('A') == ADMITTED
    }

    def "the queue holds at most its size waiting in all, whichever firms they are from"() {
        given:
        def queue = new FairQueue<String, String>(10, 2)

        expect:
        queue.admit('A') == ADMITTED
        queue.admit('B') == ADMITTED
        queue.admit('C') == QUEUE_FULL

        when: 'a withdrawn reservation gives its place back'
        queue.withdraw('A')

        then:
        queue.admit('C') == ADMITTED
    }

    def "once closed it admits nothing, hands back what was waiting, and workers get no more work"() {
        given:
        def queue = new FairQueue<String, String>(10, 10)
        ['A1', 'B1', 'A2'].each { queue.admit(it[0]); queue.enqueue(it[0], it) }
        def running = queue.take()

        when:
        List<String> left = queue.close()

        then:
        left.toSet() == ['B1', 'A2'] as Set
        queue.admit('C') == CLOSED
        queue.take() == null
        !queue.awaitIdle(java.time.Duration.ofMillis(50))

        when:
        queue.finished(running.owner())

        then:
        queue.awaitIdle(java.time.Duration.ofMillis(50))
        queue.held('A') == 0
        queue.held('B') == 0
    }
}
