package org.nkgraph.store;

import org.nkgraph.sys.NkGraphException;

/** The store cannot be opened, read or written. */
public class StoreException extends NkGraphException {
    private static final long serialVersionUID = 1L;

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
