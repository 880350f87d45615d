package io.clausewarden.server

import spock.lang.Specification

class HeapBoundSpec extends Specification {

    def "the start-up warning about an unbounded heap is given for #arguments"() {
        expect:
        HeapBound.set(arguments) == bounded

        where:
        arguments                                           | bounded
        ['-Xms512m', '-Xmx512m', '-XX:+AlwaysPreTouch']     | true
        ['-XX:MaxHeapSize=1g']                              | true
        ['-XX:MaxRAMPercentage=50.0']                       | true
        []                                                  | false
        ['-Xms512m', '-XX:MaxDirectMemorySize=256m']        | false
        ['-Dclausewarden.note=-Xmx512m']                    | false
    }

    def "the shipped JVM options bound the heap"() {
        given: 'backend/jvm.options as README.md runs the server with it'
        def options = new File('jvm.options').readLines()*.trim().findAll { it && !it.startsWith('#') }

        expect:
        HeapBound.set(options)
        options.contains('-Xms512m') && options.contains('-Xmx512m')
    }
}
