package org.nkgraph.doc;

import org.nkgraph.sys.NkGraphException;

/**
 * An input file (or one row of it) that cannot become a document. The message names the file, the line when
 * there is one, and the reason; nothing of the file is written to the store.
 */
public class InputRejectedException extends NkGraphException {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;
    private final String reason;

    public InputRejectedException(String file, int line, String reason) {
        super(file + (line > 0 ? ":" + line : "") + ": " + reason);
        this.file = file;
        this.line = line;
        this.reason = reason;
    }

    public InputRejectedException(String file, String reason) {
        this(file, 0, reason);
    }

    /** The file as it was named on the command line or found in a folder. */
    public String file() {
        return file;
    }

    /** The 1-based line of the problem, or 0 when it concerns the whole file. */
    public int line() {
        return line;
    }

    public String reason() {
        return reason;
    }
}
