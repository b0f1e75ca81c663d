package org.nkgraph.server;

import org.nkgraph.sys.NkGraphException;

/** A server setting that cannot be used (no dataset, bad port, unsafe update setting); raised before any socket opens. */
public class ServerConfigException extends NkGraphException {
    private static final long serialVersionUID = 1L;

    public ServerConfigException(String message) {
        super(message);
    }

    public ServerConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
