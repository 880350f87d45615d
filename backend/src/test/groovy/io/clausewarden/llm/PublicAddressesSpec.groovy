package io.clausewarden.llm

import com.google.common.net.InetAddresses
import spock.lang.Specification

class PublicAddressesSpec extends Specification {
    def "#address is #expected"() {
        expect:
        PublicAddresses.nonPublicKind(InetAddresses.forString(address)).orElse('public') == expected

        where:
        address                     | expected
        '8.8.8.8'                   | 'public'
        '1.1.1.1'                   | 'public'
        '93.184.215.14'             | 'public'
        '100.63.255.255'            | 'public'
        '100.128.0.0'               | 'public'
        '172.15.255.255'            | 'public'
        '172.32.0.0'                | 'public'
        '2606:4700::1111'           | 'public'
        '2001:4860:4860::8888'      | 'public'
        '0.0.0.0'                   | 'unspecified'
        '0.1.2.3'                   | 'unspecified'
        '127.0.0.1'                 | 'loopback'
        '127.255.255.254'           | 'loopback'
        '10.0.0.5'                  | 'private'
        '172.16.0.1'                | 'private'
        '172.31.255.255'            | 'private'
        '192.168.1.1'               | 'private'
        '100.64.0.1'                | 'shared (CGNAT)'
        '100.100.100.200'           | 'shared (CGNAT)'
        '169.254.169.254'           | 'link-local (cloud metadata)'
        '169.254.0.1'               | 'link-local (cloud metadata)'
        '192.0.0.192'               | 'reserved'
        '192.0.2.1'                 | 'documentation'
        '198.18.0.1'                | 'reserved'
        '203.0.113.7'               | 'documentation'
        '224.0.0.1'                 | 'multicast'
        '239.255.255.250'           | 'multicast'
        '240.0.0.1'                 | 'reserved'
        '255.255.255.255'           | 'reserved'
        '::'                        | 'unspecified'
        '::1'                       | 'loopback'
        '::ffff:127.0.0.1'          | 'loopback'
        '::ffff:10.0.0.1'           | 'private'
        '::ffff:169.254.169.254'    | 'link-local (cloud metadata)'
        '::127.0.0.1'               | 'IPv4-compatible'
        'fd00::1'                   | 'unique-local'
        'fd00:ec2::254'             | 'unique-local'
        'fc00::1'                   | 'unique-local'
        'fe80::1'                   | 'link-local'
        'fec0::1'                   | 'site-local'
        'ff02::1'                   | 'multicast'
        '64:ff9b::7f00:1'           | 'IPv4-translated (NAT64)'
        '2002:7f00:1::'             | 'IPv4-tunnelling (6to4)'
        '2001:0:4136:e378::1'       | 'IPv4-tunnelling (Teredo)'
        '2001:db8::1'               | 'documentation'
        '100::1'                    | 'reserved'
        '4000::1'                   | 'reserved'
    }

    def "an IPv6 address object that carries a mapped IPv4 address is refused too"() {
        given: 'built without the JVM turning it into an IPv4 address'
        byte[] mapped = ([0] * 10 + [0xff, 0xff, 8, 8, 8, 8]) as byte[]
        def address = Inet6Address.getByAddress(null, mapped, -1)

        expect:
        PublicAddresses.nonPublicKind(address).get() == 'IPv4-mapped'
    }

    def "only the one unambiguous spelling of an address is a literal: #host"() {
        expect:
        PublicAddresses.literal(host).map { PublicAddresses.urlForm(it) }.orElse(null) == expected

        where:
        host                    | expected
        '127.0.0.1'             | '127.0.0.1'
        '[::1]'                 | '[::1]'
        '[0:0:0:0:0:0:0:1]'     | '[::1]'
        '[::ffff:127.0.0.1]'    | '127.0.0.1'
        '2130706433'            | null
        '0177.0.0.1'            | null
        '127.000.000.001'       | null
        '127.1'                 | null
        '0x7f.0.0.1'            | null
        '0x7f000001'            | null
        '::1'                   | null
        '[127.0.0.1]'           | null
        '[fe80::1%eth0]'        | null
        'localhost'             | null
    }
}
