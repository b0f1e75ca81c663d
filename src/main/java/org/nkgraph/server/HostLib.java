package org.nkgraph.server;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;

/** Static helpers about the host name a server binds to (and a benchmark may aim at). */
public final class HostLib {
    private static final String LOCALHOST = "localhost";

    private HostLib() {}

    /**
     * True for "localhost", any IPv4 address in 127.0.0.0/8 and the IPv6 address ::1. Other host names are not
     * resolved: a name that merely resolves to a loopback address today is not trusted to do so tomorrow.
     */
    public static boolean isLoopback(String host) {
        String bare = stripBrackets(host.trim());
        if (bare.equalsIgnoreCase(LOCALHOST)) {
            return true;
        }
        if (!isAddressLiteral(bare)) {
            return false;
        }
        try {
            // A literal address is parsed, not looked up, so this never touches DNS.
            return InetAddress.getByName(bare).isLoopbackAddress();
        } catch (UnknownHostException ex) {
            return false;
        }
    }

    /** The host as it goes into a URL: wildcard addresses become localhost, IPv6 literals get brackets. */
    static String urlHost(String host) {
        String bare = stripBrackets(host.trim());
        if (isWildcard(bare)) {
            return LOCALHOST;
        }
        return bare.contains(":") ? "[" + bare + "]" : bare.toLowerCase(Locale.ROOT);
    }

    /** The host as Jetty binds it: IPv6 literals without brackets. */
    static String bindHost(String host) {
        return stripBrackets(host.trim());
    }

    private static boolean isWildcard(String bare) {
        if (!isAddressLiteral(bare)) {
            return false;
        }
        try {
            return InetAddress.getByName(bare).isAnyLocalAddress();
        } catch (UnknownHostException ex) {
            return false;
        }
    }

    /** IPv4 dotted digits, or anything with a colon (IPv6); host names have neither form. */
    private static boolean isAddressLiteral(String bare) {
        return bare.contains(":") || bare.matches("[0-9]{1,3}(\\.[0-9]{1,3}){3}");
    }

    private static String stripBrackets(String host) {
        if (host.startsWith("[") && host.endsWith("]")) {
            return host.substring(1, host.length() - 1);
        }
        return host;
    }
}
