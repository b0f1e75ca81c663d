package org.nkgraph.server;

import org.nkgraph.sys.NkGraphException;

/** The server was configured correctly but could not start, usually because the host and port cannot be bound. */
public class ServerStartException extends NkGraphException {
    private static final long serialVersionUID = 1L;

    public ServerStartException(String message, Throwable cause) {
        super(message, cause);
    }
}
