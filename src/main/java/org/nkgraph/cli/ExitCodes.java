package org.nkgraph.cli;

/** The exit statuses of {@code nkgraph}; the README lists them for users. */
public final class ExitCodes {

    /** Everything worked. */
    public static final int OK = 0;
    /** A bug or an unexpected failure. */
    public static final int SOFTWARE = 1;
    /** The command line, or a query, was wrong. */
    public static final int USAGE = 2;
    /** At least one input file (or row) was rejected; the others were built. */
    public static final int REJECTED_INPUT = 3;
    /** The store could not be opened, read or written. */
    public static final int STORE = 4;
    /** The graph does not conform to the SHACL shapes. */
    public static final int INVALID_GRAPH = 5;
    /** The server could not start or was configured unsafely. */
    public static final int SERVER = 6;

    private ExitCodes() {}
}
