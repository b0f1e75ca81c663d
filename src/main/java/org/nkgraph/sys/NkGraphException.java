package org.nkgraph.sys;

/** Root of nkgraph's unchecked exceptions; the command line maps its subtypes to exit codes. */
public class NkGraphException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public NkGraphException(String message) {
        super(message);
    }

    public NkGraphException(String message, Throwable cause) {
        super(message, cause);
    }
}
