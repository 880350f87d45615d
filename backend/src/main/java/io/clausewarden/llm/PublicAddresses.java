package io.clausewarden.llm;

import com.google.common.net.InetAddresses;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.List;
import java.util.Optional;

/**
 * Tells a public unicast address from the ones a firm-set model endpoint must never reach: loopback, private,
 * link-local (cloud metadata at 169.254.169.254 among them), unique-local, shared (CGNAT), multicast, unspecified,
 * reserved and documentation ranges, and the IPv6 forms that carry an IPv4 address (mapped, compatible, 6to4,
 * Teredo, NAT64). The ranges follow IANA's special-purpose address registries; for IPv6 only global unicast
 * (2000::/3) outside those ranges counts as public.
 */
public final class PublicAddresses {
    private record Range(byte[] network, int prefix, String kind) {
        static Range of(String cidr, String kind) {
            int slash = cidr.indexOf('/');
            String text = cidr.substring(0, slash);
            byte[] network = InetAddresses.forString(text).getAddress();
            if (text.contains(":") && network.length == 4) {
                // the JVM reads ::ffff:a.b.c.d as IPv4; the range is written for IPv6 address objects
                byte[] mapped = new byte[16];
                mapped[10] = (byte) 0xff;
                mapped[11] = (byte) 0xff;
                System.arraycopy(network, 0, mapped, 12, 4);
                network = mapped;
            }
            return new Range(network, Integer.parseInt(cidr.substring(slash + 1)), kind);
        }

        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            int whole = prefix / 8;
            for (int i = 0; i < whole; i++) {
                if (address[i] != network[i]) {
                    return false;
                }
            }
            int rest = prefix % 8;
            if (rest == 0) {
                return true;
            }
            int mask = (0xff << (8 - rest)) & 0xff;
            return (address[whole] & mask) == (network[whole] & mask);
        }
    }

    private static final List<Range> IPV4 = List.of(
            Range.of("0.0.0.0/8", "unspecified"),
            Range.of("10.0.0.0/8", "private"),
            Range.of("100.64.0.0/10", "shared (CGNAT)"),
            Range.of("127.0.0.0/8", "loopback"),
            Range.of("169.254.0.0/16", "link-local (cloud metadata)"),
            Range.of("172.16.0.0/12", "private"),
            Range.of("192.0.0.0/24", "reserved"),
            Range.of("192.0.2.0/24", "documentation"),
            Range.of("192.88.99.0/24", "reserved"),
            Range.of("192.168.0.0/16", "private"),
            Range.of("198.18.0.0/15", "reserved"),
            Range.of("198.51.100.0/24", "documentation"),
            Range.of("203.0.113.0/24", "documentation"),
            Range.of("224.0.0.0/4", "multicast"),
            Range.of("240.0.0.0/4", "reserved"));

    private static final Range GLOBAL_UNICAST_V6 = Range.of("2000::/3", "global");
    private static final List<Range> IPV6 = List.of(
            Range.of("::/128", "unspecified"),
            Range.of("::1/128", "loopback"),
            Range.of("::ffff:0:0/96", "IPv4-mapped"),
            Range.of("::/96", "IPv4-compatible"),
            Range.of("64:ff9b::/96", "IPv4-translated (NAT64)"),
            Range.of("64:ff9b:1::/48", "IPv4-translated (NAT64)"),
            Range.of("fc00::/7", "unique-local"),
            Range.of("fe80::/10", "link-local"),
            Range.of("fec0::/10", "site-local"),
            Range.of("ff00::/8", "multicast"),
            Range.of("2001::/32", "IPv4-tunnelling (Teredo)"),
            Range.of("2001:db8::/32", "documentation"),
            Range.of("2002::/16", "IPv4-tunnelling (6to4)"),
            Range.of("2001::/23", "reserved"),
            Range.of("3fff::/20", "documentation"));

    private PublicAddresses() {
    }

    /** What kind of non-public address this is ("loopback", "private", …); empty for a public unicast address. */
    public static Optional<String> nonPublicKind(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            return IPV4.stream().filter(r -> r.contains(bytes)).map(Range::kind).findFirst();
        }
        if (address instanceof Inet6Address) {
            for (Range range : IPV6) {
                if (range.contains(bytes)) {
                    return Optional.of(range.kind());
                }
            }
            return GLOBAL_UNICAST_V6.contains(bytes) ? Optional.empty() : Optional.of("reserved");
        }
        return Optional.of("unknown");
    }

    public static boolean isPublic(InetAddress address) {
        return nonPublicKind(address).isEmpty();
    }

    /**
     * The address a URL host writes, if it is an IP literal in its one unambiguous form: a dotted quad of
     * decimal numbers without leading zeros, or an IPv6 address in brackets. Never asks DNS. An IPv4-mapped IPv6
     * literal comes back as its IPv4 address.
     */
    public static Optional<InetAddress> literal(String host) {
        if (host == null || host.isEmpty()) {
            return Optional.empty();
        }
        if (host.startsWith("[") && host.endsWith("]")) {
            String inner = host.substring(1, host.length() - 1);
            if (!inner.contains(":") || inner.contains("%")) {
                return Optional.empty();
            }
            return parse(inner);
        }
        if (host.contains(":")) {
            return Optional.empty();
        }
        return parse(host);
    }

    /** The canonical way to write an address in a URL: dotted quad, or compressed IPv6 in brackets. */
    public static String urlForm(InetAddress address) {
        String text = InetAddresses.toAddrString(address);
        return address instanceof Inet6Address ? "[" + text + "]" : text;
    }

    private static Optional<InetAddress> parse(String text) {
        try {
            return Optional.of(InetAddresses.forString(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
