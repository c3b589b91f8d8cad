package io.groundswell.integration.feed;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which addresses a feed may be fetched from: public ones, and internal ones (loopback, private,
 * link-local, ...) only when the configured allow-list names their network or host, so an admin's
 * feed URL cannot reach the server's own endpoints, the internal network or a cloud metadata
 * service.
 */
final class FeedAddressPolicy {

    /** Thrown for a host that resolves to an address the policy refuses. */
    static final class Refused extends Exception {
        Refused(String detail) {
            super(detail, null, false, false);
        }
    }

    private record Network(byte[] prefix, int bits) {
        boolean contains(InetAddress address) {
            byte[] bytes = address.getAddress();
            if (bytes.length != prefix.length) {
                return false;
            }
            for (int bit = 0; bit < bits; bit++) {
                int mask = 0x80 >>> (bit % 8);
                if ((bytes[bit / 8] & mask) != (prefix[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }

    private static final List<Network> INTERNAL_IPV4 = List.of(
            network("0.0.0.0/8"),
            network("100.64.0.0/10"),
            network("192.0.0.0/24"),
            network("198.18.0.0/15"),
            network("240.0.0.0/4"));
    private static final List<Network> INTERNAL_IPV6 = List.of(network("fc00::/7"));
    // IPv6 forms that carry an IPv4 address in their last 4 bytes: compatible and NAT64 (Java
    // turns mapped ones, ::ffff:a.b.c.d, into IPv4 addresses itself).
    private static final List<Network> EMBEDDING_IPV4 = List.of(network("::/96"), network("64:ff9b::/96"));

    private final List<Network> allowedNetworks = new ArrayList<>();
    private final Set<String> allowedHosts = new HashSet<>();

    /** Entries are CIDR networks ({@code 10.1.0.0/16}), single addresses, or host names. */
    FeedAddressPolicy(List<String> allowed) {
        for (String entry : allowed) {
            String value = entry.strip();
            if (value.isEmpty()) {
                continue;
            }
            if (isLiteral(value)) {
                allowedNetworks.add(network(value));
            } else {
                allowedHosts.add(value.toLowerCase(Locale.ROOT));
            }
        }
    }

    /**
     * Resolves the host once and answers the address to connect to, so what is checked is what is
     * contacted even if the name resolves differently a moment later. Every address of the host
     * must pass: a name that resolves to one public and one internal address is refused.
     */
    InetAddress resolve(String host) throws UnknownHostException, Refused {
        InetAddress[] addresses = InetAddress.getAllByName(host);
        boolean hostAllowed = allowedHosts.contains(host.toLowerCase(Locale.ROOT));
        for (InetAddress address : addresses) {
            if (!hostAllowed && isInternal(address) && allowedNetworks.stream().noneMatch(n -> n.contains(address))) {
                throw new Refused(host + " resolves to the internal address " + address.getHostAddress());
            }
        }
        return addresses[0];
    }

    static boolean isInternal(InetAddress address) {
        if (address.isAnyLocalAddress()
                || address.isLoopbackAddress()
                || address.isLinkLocalAddress()
                || address.isSiteLocalAddress()
                || address.isMulticastAddress()) {
            return true;
        }
        if (address instanceof Inet4Address) {
            return INTERNAL_IPV4.stream().anyMatch(n -> n.contains(address));
        }
        if (INTERNAL_IPV6.stream().anyMatch(n -> n.contains(address))) {
            return true;
        }
        if (address instanceof Inet6Address && EMBEDDING_IPV4.stream().anyMatch(n -> n.contains(address))) {
            byte[] bytes = address.getAddress();
            try {
                return isInternal(InetAddress.getByAddress(new byte[] {bytes[12], bytes[13], bytes[14], bytes[15]}));
            } catch (UnknownHostException e) {
                throw new IllegalStateException(e);
            }
        }
        return false;
    }

    private static boolean isLiteral(String value) {
        String address = value.contains("/") ? value.substring(0, value.indexOf('/')) : value;
        return address.contains(":") || address.matches("[0-9.]+");
    }

    private static Network network(String cidr) {
        int slash = cidr.indexOf('/');
        String literal = slash < 0 ? cidr : cidr.substring(0, slash);
        try {
            // A literal: no name lookup happens here.
            byte[] prefix = InetAddress.getByName(literal).getAddress();
            int bits = slash < 0 ? prefix.length * 8 : Integer.parseInt(cidr.substring(slash + 1));
            if (bits < 0 || bits > prefix.length * 8) {
                throw new IllegalArgumentException("Not a network: " + cidr);
            }
            return new Network(prefix, bits);
        } catch (UnknownHostException | NumberFormatException e) {
            throw new IllegalArgumentException("Not a network: " + cidr, e);
        }
    }
}
