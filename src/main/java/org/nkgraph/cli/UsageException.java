package org.nkgraph.cli;

import org.nkgraph.sys.NkGraphException;

/** The user asked for something that cannot be done as asked (a bad query, a missing file). */
public class UsageException extends NkGraphException {
    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }

    public UsageException(String message, Throwable cause) {
        super(message, cause);
    }
}
